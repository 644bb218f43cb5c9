// A listing page ("All news") is not an article: it yields its links for the crawler.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { extractArticle } from '../src/index.ts';

const html = readFileSync(new URL('./fixtures/caliber-az-all-news.html', import.meta.url), 'utf8');

test('"All news" is a listing with absolute, deduplicated headline links', () => {
  const result = extractArticle(html, 'https://caliber.az/en/news', { timezone: 'Asia/Baku' });
  assert.equal(result.pageType, 'listing');
  const byUrl = new Map(result.links.map((l) => [l.url, l.text]));
  assert.equal(byUrl.size, result.links.length, 'links are deduplicated');
  assert.equal(
    byUrl.get('https://caliber.az/en/post/malayan-tiger-conservation-at-risk'),
    'Malayan tiger conservation at risk Deaths spark national concern',
  );
  assert.equal(
    byUrl.get('https://caliber.az/en/post/beijing-moscow-launch-joint-military-drills-amid-nato-summit'),
    'Beijing & Moscow launch joint military drills amid NATO Summit',
  );
  const articleLinks = result.links.filter((l) => l.url.startsWith('https://caliber.az/en/post/'));
  assert.equal(articleLinks.length, 12);
  assert.ok(result.links.every((l) => /^https:\/\//.test(l.url)));
});

test('the seed article page is not taken for a listing', () => {
  const article = readFileSync(new URL('./fixtures/caliber-az-article.html', import.meta.url), 'utf8');
  assert.equal(extractArticle(article, 'https://caliber.az/en/post/x').pageType, 'article');
});
