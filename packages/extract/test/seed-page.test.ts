// The seed page of shared/DESIGN.md ("The job, on one page"): a Caliber.Az article in the
// shape of a typical news CMS page must come out exactly as the design table says.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { extractArticle } from '../src/index.ts';

const html = readFileSync(new URL('./fixtures/caliber-az-article.html', import.meta.url), 'utf8');
const url = 'https://caliber.az/en/post/armenian-us-officials-discuss-expanding-strategic-partnership';
const result = extractArticle(html, url, {
  timezone: 'Europe/Baku',
  fetchedAt: new Date('2024-07-15T12:00:00Z'),
});

test('the seed page is an article with the headline, section and site-local date', () => {
  assert.equal(result.pageType, 'article');
  if (result.pageType !== 'article') return;
  assert.equal(result.title, 'Armenian, US officials discuss expanding strategic partnership');
  assert.equal(result.section, 'REGION');
  assert.equal(result.publishedAt, '2024-06-18T09:21:00+04:00');
  assert.equal(new Date(result.publishedAt!).toISOString(), '2024-06-18T05:21:00.000Z');
  assert.equal(result.provenance.publishedAt, 'visible-text');
  assert.deepEqual(result.authors, []);
  assert.equal(result.language, 'en');
  assert.equal(result.canonicalUrl, url);
});

test('the body is the six article paragraphs and nothing else', () => {
  assert.equal(result.pageType, 'article');
  if (result.pageType !== 'article') return;
  const paragraphs = result.body.split('\n\n');
  assert.equal(paragraphs.length, 6);
  assert.match(paragraphs[0]!, /^Armenian Foreign Minister Ararat Mirzoyan met with US Deputy Secretary/);
  assert.match(paragraphs[5]!, /project initiated by Armenia\.$/);
  for (const noise of [
    'Subscribe to our Telegram channel',
    'Read also',
    'Latest news',
    'All news',
    'Türkiye',
    'cookies',
  ]) {
    assert.ok(!result.body.includes(noise), `body must not contain "${noise}"`);
    assert.ok(!result.bodyHtml.includes(noise), `body HTML must not contain "${noise}"`);
  }
  assert.equal((result.bodyHtml.match(/<p>/g) ?? []).length, 6);
});

test('the "Read also" items become related links with headline, link and time', () => {
  assert.equal(result.pageType, 'article');
  if (result.pageType !== 'article') return;
  assert.equal(result.related.length, 6);
  assert.deepEqual(result.related[0], {
    title: 'Türkiye condemns violence against US presidential candidate',
    url: 'https://caliber.az/en/post/turkiye-condemns-violence-against-us-presidential-candidate',
    publishedAt: '2024-07-14T18:13:00+04:00',
  });
  assert.equal(
    result.related[5]!.title,
    'Türkiye seizes 1,564 firearms in nationwide crackdown on illegal weapons',
  );
  assert.equal(result.related[5]!.publishedAt, '2024-07-13T16:56:00+04:00');
  // "Latest news" rail items are neither body nor related.
  assert.ok(!result.related.some((r) => r.title.startsWith('Malayan tiger')));
});
