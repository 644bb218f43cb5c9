// The seed page (shared/seed/caliber-az-article.txt): exactly the entities, the two quotes with
// their speakers and the attribution named in DESIGN.md.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { seedArticle } from '../scripts/corpus.ts';
import { enrichArticle, SIMHASH_BANDS } from '../src/index.ts';

const seed = seedArticle();
if (!seed) throw new Error('seed page not found: set NEWSFLOW_SHARED_DIR to the folder holding seed/');
const e = enrichArticle({
  title: seed.title,
  body: seed.body,
  url: 'https://caliber.az/en/post/armenian-us-officials',
});
const names = (type: string): string[] =>
  e.entities
    .filter((x) => x.type === type)
    .map((x) => x.name)
    .sort();

test('seed: English, with full confidence', () => {
  assert.equal(e.language.code, 'en');
  assert.equal(e.language.confidence, 1);
});

test('seed: exactly the people, places and organisations of DESIGN.md', () => {
  assert.deepEqual(names('person'), ['Ararat Mirzoyan', 'Richard Verma']);
  assert.deepEqual(names('place'), ['Armenia', 'Azerbaijan', 'United States', 'Yerevan']);
  assert.deepEqual(names('organization'), ['Armenian Foreign Ministry', 'Caliber.Az']);
});

test('seed: name variants merged, roles kept, places normalised with ISO codes', () => {
  const mirzoyan = e.entities.find((x) => x.name === 'Ararat Mirzoyan')!;
  assert.ok(mirzoyan.variants.includes('Mirzoyan'));
  assert.ok(mirzoyan.count >= 4, `Mirzoyan mentions: ${mirzoyan.count}`);
  assert.ok(mirzoyan.roles?.includes('Armenian Foreign Minister'));
  const verma = e.entities.find((x) => x.name === 'Richard Verma')!;
  assert.ok(verma.roles?.includes('US Deputy Secretary of State for Management and Resources'));
  const us = e.entities.find((x) => x.name === 'United States')!;
  assert.equal(us.countryCode, 'US');
  // "US", "United States", "(the) USA" and the demonym in "Armenian-US partnership".
  for (const v of ['US', 'USA', 'Armenian-US']) assert.ok(us.variants.includes(v), v);
  assert.equal(e.entities.find((x) => x.name === 'Armenia')!.countryCode, 'AM');
  assert.equal(e.entities.find((x) => x.name === 'Yerevan')!.countryCode, 'AM');
});

test('seed: two direct quotes, spoken by Mirzoyan and Verma', () => {
  assert.equal(e.quotes.length, 2);
  assert.match(e.quotes[0]!.text, /^As you know, we held the second concluding session/);
  assert.match(e.quotes[0]!.text, /we will discuss more\.$/);
  assert.equal(e.quotes[0]!.speaker, 'Ararat Mirzoyan');
  assert.match(e.quotes[1]!.text, /^The strategic partnership is very important to the United States/);
  assert.equal(e.quotes[1]!.speaker, 'Richard Verma');
});

test('seed: Caliber.Az reports citing Armenian media', () => {
  assert.equal(e.attribution.reportedBy, 'Caliber.Az');
  assert.ok(e.attribution.citing.includes('Armenian media'), e.attribution.citing.join(', '));
});

test('seed: summary, keywords, counts and fingerprint', () => {
  assert.ok(e.summary.length >= 2 && e.summary.length <= 3);
  assert.match(e.summary[0]!, /^Armenian Foreign Minister Ararat Mirzoyan met/);
  assert.ok(e.keywords.includes('partnership') || e.keywords.includes('strategic'));
  assert.ok(e.wordCount > 250 && e.wordCount < 400, String(e.wordCount));
  assert.equal(e.readingTimeMinutes, 1);
  assert.match(e.fingerprint.simhash, /^[0-9a-f]{16}$/);
  assert.match(e.fingerprint.lead, /^[0-9a-f]{16}$/);
  assert.equal(e.fingerprint.bands.length, 2 * SIMHASH_BANDS);
});

test('seed: re-enriching gives the same result', () => {
  assert.deepEqual(
    enrichArticle({
      title: seed.title,
      body: seed.body,
      url: 'https://caliber.az/en/post/armenian-us-officials',
    }),
    e,
  );
});
