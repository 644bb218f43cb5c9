import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  isNonContentUrl,
  looksLikeArticleByForm,
  looksLikeListingByForm,
  sectionsOfShape,
  urlShape,
} from '../src/discovery/url-shape.ts';

describe('urlShape', () => {
  it('keeps section words and replaces numbers, ids and slugs', () => {
    assert.equal(urlShape('https://x.test/news/2024/06/18/officials-discuss-partnership'), '/news/N/N/N/S');
    assert.equal(urlShape('https://x.test/en/post/armenian-us-officials-discuss'), '/en/post/S');
    assert.equal(urlShape('https://x.test/news/story-12'), '/news/S');
    assert.equal(urlShape('https://x.test/a/17.html'), '/a/N');
    assert.equal(urlShape('https://x.test/politics/'), '/politics/');
    assert.equal(urlShape('https://x.test/article.php?id=12&cat=3'), '/article.php?cat&id');
    assert.equal(urlShape('not a url'), null);
  });
  it('gives two articles of one section the same shape, and a tag page another', () => {
    const a = urlShape('https://x.test/world/2024/06/18/a-long-story-title');
    assert.equal(urlShape('https://x.test/world/2023/01/02/another-long-story-here'), a);
    assert.notEqual(urlShape('https://x.test/tag/elections'), a);
  });
});

describe('URL forms', () => {
  it('tells site furniture', () => {
    for (const path of [
      '/about',
      '/about-us',
      '/login?next=/',
      '/author/jane-doe',
      '/tag/x',
      '/privacy-policy',
    ])
      assert.equal(isNonContentUrl(`https://x.test${path}`), true, path);
    assert.equal(isNonContentUrl('https://x.test/politics/officials-meet-in-baku'), false);
  });
  it('tells articles by their slug or id', () => {
    assert.equal(looksLikeArticleByForm('https://x.test/politics/officials-meet-in-baku'), true);
    assert.equal(looksLikeArticleByForm('https://x.test/news/123456'), true);
    assert.equal(looksLikeArticleByForm('https://x.test/politics'), false);
    assert.equal(looksLikeArticleByForm('https://x.test/news/broken-nav-link'), false);
    assert.equal(looksLikeArticleByForm('https://x.test/author/jane-doe-smith'), false);
  });
  it('tells listings: short paths of words and their numbered pages', () => {
    for (const path of ['/', '/politics', '/news/world/', '/politics/page/2', '/politics?page=3'])
      assert.equal(looksLikeListingByForm(`https://x.test${path}`), true, path);
    for (const path of ['/news/world/europe', '/politics/officials-meet-in-baku', '/contact', '/x?share=1'])
      assert.equal(looksLikeListingByForm(`https://x.test${path}`), false, path);
  });
});

describe('sectionsOfShape', () => {
  it('gives the leading words of an article shape as sections', () => {
    assert.deepEqual(sectionsOfShape('/news/world/N/N/S'), ['', 'news', 'news/world']);
    assert.deepEqual(sectionsOfShape('/S'), ['']);
    assert.deepEqual(sectionsOfShape('/article.php?id'), ['']);
  });
});
