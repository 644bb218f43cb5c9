// enrichArticle never throws and always returns a well-formed Enrichment, whatever the input.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import {
  type Enrichment,
  enrichArticle,
  hammingDistance,
  SIMHASH_BANDS,
  storyKeys,
  storySimilarity,
} from '../src/index.ts';

function assertWellFormed(e: Enrichment): void {
  assert.equal(typeof e.enricherVersion, 'string');
  assert.ok(e.language.code === null || /^[a-z]{2}$/.test(e.language.code));
  assert.ok(e.language.confidence >= 0 && e.language.confidence <= 1);
  for (const x of e.entities) {
    assert.ok(['person', 'organization', 'place'].includes(x.type));
    assert.ok(x.name.length > 0 && x.count >= 1 && x.firstOffset >= 0);
  }
  for (const q of e.quotes)
    assert.ok(typeof q.text === 'string' && (q.speaker === null || typeof q.speaker === 'string'));
  assert.ok(e.summary.length <= 3);
  assert.ok(e.wordCount >= 0 && e.readingTimeMinutes >= 0);
  assert.match(e.fingerprint.simhash, /^[0-9a-f]{16}$/);
  assert.match(e.fingerprint.lead, /^[0-9a-f]{16}$/);
  assert.equal(e.fingerprint.bands.length, 2 * SIMHASH_BANDS);
  assert.doesNotThrow(() => JSON.stringify(e));
  assert.ok(storySimilarity(e, e) >= 0);
  assert.ok(Array.isArray(storyKeys(e)));
}

// Text made of pieces that exercise the stages: names, quote marks, punctuation, scripts.
const piece = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.constantFrom(
    'Ararat Mirzoyan',
    ' said ',
    '"',
    '“',
    '”',
    '«',
    '»',
    '„',
    '. ',
    '\n\n',
    'Mr. ',
    'U.S.',
    'the Foreign Ministry of ',
    'Armenian-US',
    ' according to Reuters',
    ', citing ',
    'Москва ',
    '北京市 ',
    'مرحبا ',
    '😀',
    '\ud800',
    '\u0000',
  ),
);
const text = fc.array(piece, { maxLength: 60 }).map((xs) => xs.join(''));

test('never throws on arbitrary text', () => {
  fc.assert(
    fc.property(text, text, fc.option(fc.string()), (title, body, language) => {
      assertWellFormed(enrichArticle({ title, body, ...(language === null ? {} : { language }) }));
    }),
    { numRuns: 300 },
  );
});

test('never throws on inputs of the wrong shape', () => {
  fc.assert(
    fc.property(fc.anything(), fc.anything(), (title, body) => {
      assertWellFormed(enrichArticle({ title, body } as never));
    }),
    { numRuns: 200 },
  );
  assertWellFormed(enrichArticle(null as never));
  assertWellFormed(enrichArticle(undefined as never));
});

test('edge cases: empty, no sentences, mixed scripts, 1 MB of text', () => {
  const cases = [
    { title: '', body: '' },
    { title: '   ', body: '\n\n\n' },
    { title: 'Only a title: Ararat Mirzoyan visits Yerevan', body: '' },
    { title: 'x', body: 'no capitals no punctuation at all just words running on and on' },
    { title: 'x', body: '"""""“““”””«««»»»' },
    { title: 'Смешанный', body: 'Москва and 北京 said "مرحبا بكم في العالم" — Ararat Mirzoyan 😀 stated.' },
    { title: 'long', body: 'Ararat Mirzoyan said "we will go on." '.repeat(30_000) },
    { title: 'long', body: 'a'.repeat(1_048_576) },
    { title: 'long', body: 'Word '.repeat(210_000) },
  ];
  for (const c of cases) assertWellFormed(enrichArticle(c));
});

test('hammingDistance is a metric on fingerprints', () => {
  const hex = fc.stringMatching(/^[0-9a-f]{16}$/);
  fc.assert(
    fc.property(hex, hex, hex, (a, b, c) => {
      assert.equal(hammingDistance(a, a), 0);
      assert.equal(hammingDistance(a, b), hammingDistance(b, a));
      assert.ok(hammingDistance(a, c) <= hammingDistance(a, b) + hammingDistance(b, c));
    }),
  );
});
