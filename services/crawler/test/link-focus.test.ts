import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { urlShape } from '@newsflow/crawl';
import { linkKind, pageKind, sourceShapes } from '../src/link-focus.ts';

const site = 'https://news.test';
const learned = sourceShapes(
  [`${site}/`],
  new Set([urlShape(`${site}/politics/2024/06/18/minister-meets-the-delegation`)!]),
);
const unlearned = sourceShapes([`${site}/`], new Set());

describe('focused discovery', () => {
  it('follows links shaped like the articles its feeds and sitemaps listed', () => {
    assert.equal(linkKind(`${site}/politics/2023/01/02/another-long-story-here`, learned), 'article');
    assert.equal(linkKind(`${site}/sport/2023/01/02/another-long-story-here`, learned), null);
  });
  it('follows the section fronts of those articles and their numbered pages, nothing section-like else', () => {
    assert.equal(linkKind(`${site}/politics/`, learned), 'listing');
    assert.equal(linkKind(`${site}/politics/?page=2`, learned), 'listing');
    for (const path of ['/print/', '/live/', '/politics/print/', '/weather/today'])
      assert.equal(linkKind(`${site}${path}`, learned), null, path);
  });
  it('never follows site furniture', () => {
    for (const path of ['/tag/elections', '/author/jane-doe', '/login?next=/', '/about', '/newsletter'])
      assert.equal(linkKind(`${site}${path}`, unlearned), null, path);
  });
  it('judges by form while nothing is learned', () => {
    assert.equal(linkKind(`${site}/politics/minister-meets-the-delegation`, unlearned), 'article');
    assert.equal(linkKind(`${site}/live/`, unlearned), 'listing');
    assert.equal(linkKind(`${site}/broken-nav-link`, unlearned), null);
  });
  it('treats start pages and listing-shaped pages as listings, any other page as an article', () => {
    assert.equal(pageKind(`${site}/anything`, 0, learned), 'listing');
    assert.equal(pageKind(`${site}/politics/`, 1, learned), 'listing');
    assert.equal(
      pageKind(`${site}/politics/2024/06/18/minister-meets-the-delegation`, 1, learned),
      'article',
    );
    assert.equal(pageKind(`${site}/some/unknown/page`, 2, learned), 'article');
  });
});
