// Newest-first pages read in sortAt windows (newest-first.ts) against the real local engine (or
// MongoDB): every filter, paged to the end, must give exactly the rows a full sort gives, ties at
// page boundaries included (DocumentDB 0.106 drops rows of a range merged with a cursor's $or).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type Article, type ArticleFilter, connectStore, type Store } from '@newsflow/store';
import { insertStoredArticles, storedArticle } from '@newsflow/store/internals';
import { getTestServices, isolate } from '@newsflow/testing';

const COUNT = 1500;
const END = new Date(Date.now() - 3_600_000);
let store: Store;
let all: Article[];

function newestFirst(a: Article, b: Article): number {
  return b.sortAt.getTime() - a.sortAt.getTime() || (a._id < b._id ? 1 : a._id > b._id ? -1 : 0);
}

async function pageThrough(filter: ArticleFilter, limit: number): Promise<string[]> {
  const ids: string[] = [];
  let cursor: { at: Date; id: string } | undefined;
  for (let pages = 0; pages < 10_000; pages++) {
    const page = await store.articles.list(filter, { limit: limit + 1, after: cursor, fields: ['title'] });
    ids.push(...page.slice(0, limit).map((article) => article._id));
    if (page.length <= limit) return ids;
    const last = page[limit - 1]!;
    cursor = { at: last.sortAt, id: last._id };
  }
  throw new Error('did not reach the end');
}

describe('articles.list: newest first in sortAt windows', () => {
  before(async () => {
    const services = await getTestServices();
    store = await connectStore({ uri: services.mongoUri, dbName: isolate('store-list').dbName });
    all = Array.from({ length: COUNT }, (_, k) => storedArticle(k + 1, COUNT, END));
    // Ties: runs of articles at one instant (several pages' worth at one), and spread-out old ones.
    for (let k = 100; k < 160; k++) all[k]!.sortAt = all[100]!.sortAt;
    for (let k = 400; k < 403; k++) all[k]!.sortAt = all[400]!.sortAt;
    for (let k = 0; k < 20; k++) all[k]!.sortAt = new Date(Date.UTC(1990 + k, 0, 1));
    for (const article of all) article.publishedAt = article.sortAt;
    await insertStoredArticles(store, all);
  });
  after(async () => {
    await store.dropDatabase();
    await store.close();
  });

  const cases: [string, ArticleFilter, (a: Article) => boolean][] = [
    ['no filter', {}, () => true],
    ['source', { source: 'gamma' }, (a) => a.source === 'gamma'],
    [
      'source + section + language',
      { source: 'beta', section: 'sport', language: 'en' },
      (a) => a.source === 'beta' && a.section === 'sport' && a.language === 'en',
    ],
    ['author', { author: 'Author 7' }, (a) => a.authors.includes('Author 7')],
    ['entity key', { entity: 'person:ararat mirzoyan' }, (a) => Number.parseInt(a._id, 16) % 10 === 0],
    [
      'terms',
      { terms: ['energy', 'report'] },
      (a) => a.searchTerms!.includes('energy') && a.searchTerms!.includes('report'),
    ],
    [
      'terms + source + entity (keys the terms index finds, checked on the articles)',
      { terms: ['energy'], source: 'alpha', entity: 'person:ararat mirzoyan' },
      (a) =>
        a.searchTerms!.includes('energy') && a.source === 'alpha' && Number.parseInt(a._id, 16) % 10 === 0,
    ],
    ['story', { storyId: 'story-30' }, (a) => a.storyId === 'story-30'],
    [
      'published range',
      { from: all0(200), before: all0(900), datedOnly: true },
      (a) => a.sortAt >= all0(200) && a.sortAt < all0(900),
    ],
  ];
  function all0(k: number): Date {
    return new Date(END.getTime() - (COUNT - k) * 60_000);
  }

  for (const [name, filter, matches] of cases) {
    test(`pages through every match exactly once, in order: ${name}`, async () => {
      const expected = all
        .filter(matches)
        .sort(newestFirst)
        .map((a) => a._id);
      assert.ok(expected.length > 0, 'the fixture has matches');
      for (const limit of [7, 50])
        assert.deepEqual(await pageThrough(filter, limit), expected, `limit ${limit}`);
    });
  }

  test('a page after a cursor in the middle of a tie continues inside the tie', async () => {
    const tie = all.slice(100, 160).sort(newestFirst);
    const page = await store.articles.list({}, { limit: 10, after: { at: tie[5]!.sortAt, id: tie[5]!._id } });
    assert.deepEqual(
      page.map((a) => a._id),
      tie.slice(6, 16).map((a) => a._id),
    );
  });
});
