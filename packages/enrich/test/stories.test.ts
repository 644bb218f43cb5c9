// Story grouping over aeb-dev: hand-made groups of articles reporting one event from different
// outlets must share a story; every other pair (same topic, same site, unrelated) must not.
// Candidates come from storyKeys (the indexed lookup the enricher service does), then
// isSameStory decides, as in the service.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { aebDev } from '../scripts/corpus.ts';
import {
  enrichArticle,
  isSameStory,
  SAME_SOURCE_STORY_THRESHOLD,
  STORY_SIMILARITY_THRESHOLD,
  storyKeys,
  storySimilarity,
} from '../src/index.ts';

// Same event, different outlets (read and grouped by hand; ids are aeb-dev id prefixes).
const STORIES = [
  ['2c46804d', '51d066b0'], // Fort Worth kidnapping: rescue video released
  ['14cc2a0c', '686bb170', 'f344ca5f'], // water vapour confirmed above Europa
  ['432362af', '8b194530', 'ea25dd7e'], // bubonic plague cases in Inner Mongolia / China
  ['51374560', 'f8ff621a'], // Home Depot Q3 results, shares fall
  ['9eef8162', 'a078b365', 'bd673bd7'], // "feather duvet lung" case report
  ['70cb2d5b', 'eb62ac84'], // Taylor Swift, Big Machine and Scooter Braun dispute
  ['08f79376', '7ab16ade'], // Garrett–Rudolph helmet fight
];
// Pairs that look alike but are different stories, named here so a regression is easy to read.
const LOOKALIKES = [
  ['14cc2a0c', '359fee22'], // Europa water vapour vs Titan geological map (both NASA moons)
  ['0dd13570', 'e7301133'], // two Nigerian Senate stories, same site, same day
  ['5ae11e58', 'c69e539d'], // two Ascom press releases
  ['57e2e988', 'dfd43bc0'], // two my6sense press releases
  ['52111884', '8cad00dc'], // two posts on one theatre show, same blog, different days
];

function host(url: string): string {
  return URL.canParse(url) ? new URL(url).hostname.replace(/^www\./, '') : '';
}

test('stories: same-event articles share a story, look-alikes and unrelated articles do not', (t) => {
  const corpus = aebDev();
  if (corpus.length === 0) return t.skip('shared corpus not found');
  const articles = corpus.map((a) => ({
    ...a,
    e: enrichArticle({ title: a.title, body: a.body, url: a.url }),
  }));
  const truth = (id: string): number => STORIES.findIndex((g) => g.includes(id.slice(0, 8)));

  // Incremental clustering: keys index → candidate articles → best similarity above threshold.
  const index = new Map<string, number[]>();
  const storyOf: number[] = [];
  articles.forEach((a, i) => {
    const candidates = new Set(storyKeys(a.e).flatMap((k) => index.get(k) ?? []));
    let best = -1;
    let bestScore = 0;
    for (const c of candidates) {
      const b = articles[c]!;
      const score = storySimilarity(a.e, b.e);
      if (isSameStory(a.e, b.e, { sameSource: host(a.url) === host(b.url) }) && score > bestScore) {
        best = c;
        bestScore = score;
      }
    }
    storyOf[i] = best >= 0 ? storyOf[best]! : i;
    for (const k of storyKeys(a.e)) index.set(k, [...(index.get(k) ?? []), i]);
  });

  let tp = 0;
  let fp = 0;
  let fn = 0;
  const same: string[] = [];
  const falseMerges: string[] = [];
  let closestUnrelated = 0;
  for (let i = 0; i < articles.length; i++) {
    for (let j = i + 1; j < articles.length; j++) {
      const a = articles[i]!;
      const b = articles[j]!;
      const inTruth = truth(a.id) >= 0 && truth(a.id) === truth(b.id);
      const merged = storyOf[i] === storyOf[j];
      const score = storySimilarity(a.e, b.e);
      if (inTruth) same.push(`${a.id.slice(0, 8)}~${b.id.slice(0, 8)} ${score.toFixed(3)}`);
      else if (host(a.url) !== host(b.url)) closestUnrelated = Math.max(closestUnrelated, score);
      if (inTruth && merged) tp++;
      else if (merged) {
        fp++;
        falseMerges.push(`${a.id.slice(0, 8)}~${b.id.slice(0, 8)} ${score.toFixed(3)}`);
      } else if (inTruth) fn++;
    }
  }
  t.diagnostic(
    `${articles.length} articles, ${STORIES.length} multi-article stories; thresholds ${STORY_SIMILARITY_THRESHOLD} (sources differ), ${SAME_SOURCE_STORY_THRESHOLD} (same source)`,
  );
  t.diagnostic(`same-story pair scores: ${same.join(', ')}`);
  t.diagnostic(`highest unrelated cross-source pair: ${closestUnrelated.toFixed(3)}`);
  for (const [x, y] of LOOKALIKES) {
    const a = articles.find((v) => v.id.startsWith(x!))!;
    const b = articles.find((v) => v.id.startsWith(y!))!;
    t.diagnostic(`look-alike ${x}~${y}: ${storySimilarity(a.e, b.e).toFixed(3)}`);
  }
  t.diagnostic(
    `grouping pairs: precision ${(tp / Math.max(1, tp + fp)).toFixed(3)}, recall ${(tp / Math.max(1, tp + fn)).toFixed(3)} (tp ${tp}, fp ${fp}, fn ${fn})`,
  );

  assert.deepEqual(falseMerges, [], 'no false merge');
  assert.ok(tp / (tp + fn) >= 0.6, 'most same-story pairs grouped');
});

test('storyKeys: people and organisations first, then places and distinctive terms', () => {
  const e = enrichArticle({
    title: 'Armenian, US officials discuss expanding strategic partnership',
    body: 'Armenian Foreign Minister Ararat Mirzoyan met with US Deputy Secretary of State Richard Verma in Yerevan. Mirzoyan and Verma discussed the partnership.',
  });
  const keys = storyKeys(e);
  assert.ok(keys.includes('person:ararat mirzoyan'));
  assert.ok(keys.includes('person:richard verma'));
  assert.ok(keys.some((k) => k.startsWith('term:')));
  assert.equal(new Set(keys).size, keys.length);
});
