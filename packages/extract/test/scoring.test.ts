import assert from 'node:assert/strict';
import { test } from 'node:test';
import { aggregateBodyScores, scoreBodyPage, scoreMeta } from '../src/index.ts';

test('body score: 4-token shingles as multisets', () => {
  // truth: 6 tokens → 3 shingles; prediction drops the last token → 2 shingles, both true.
  const page = scoreBodyPage('a b c d e', 'a b c d e f');
  assert.equal(page.precision, 1);
  assert.equal(page.recall, 2 / 3);
  assert.equal(page.exact, false);
  // Punctuation and whitespace only separate tokens.
  assert.equal(scoreBodyPage('a, b.\n\nc d', 'a b c d').exact, true);
  // Short texts make one shingle.
  assert.equal(scoreBodyPage('one two', 'one two').recall, 1);
});

test('body aggregate: precision over non-empty predictions, recall over all pages', () => {
  const pages = [scoreBodyPage('a b c d', 'a b c d'), scoreBodyPage('', 'a b c d')];
  const score = aggregateBodyScores(pages);
  assert.equal(score.precision, 1);
  assert.equal(score.recall, 0.5);
  assert.equal(score.f1, (2 * 0.5) / 1.5);
  assert.equal(score.accuracy, 0.5);
});

test('meta score: normalised titles, author sets, days in the prediction offset, instants', () => {
  const score = scoreMeta([
    {
      truth: {
        title: '„Extreme Gefahr“',
        authors: ['J.R.R. Tolkien', 'Anna B'],
        publishedAt: '2024-06-18T09:21:00+04:00',
        date: '2024-06-18',
      },
      prediction: {
        title: '"Extreme  Gefahr"',
        authors: ['j. r. r. tolkien', 'By Anna B'],
        publishedAt: '2024-06-18T05:21:30Z',
      },
    },
    {
      truth: { title: 'Other', date: '2024-01-02' },
      prediction: { title: 'Other | Site', authors: [], publishedAt: 'Tue, 2 Jan 2024' },
    },
  ]);
  assert.equal(score.titleExact, 0.5);
  assert.equal(score.authorP, 0.5);
  assert.equal(score.authorR, 0.5);
  assert.equal(score.dateAccuracy, 0.5);
  assert.equal(score.instantAccuracy, 1);
  assert.equal(score.instantPages, 1);
});
