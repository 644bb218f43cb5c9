// Articles stored before `article_terms` existed kept their terms in the article (`searchTerms`,
// with its own index). A store opened on such a database moves them, so term search keeps
// finding those articles and their updates stop rewriting the term index entries.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { connectStore, type Store } from '@newsflow/store';
import { internalsOf, storedArticle } from '@newsflow/store/internals';
import { getTestServices, isolate } from '@newsflow/testing';

const COUNT = 1200;
const END = new Date(Date.now() - 60_000);

describe('search terms stored in articles before article_terms', () => {
  const { dbName } = isolate('store-legacy-terms');
  let uri: string;
  let store: Store;

  before(async () => {
    uri = (await getTestServices()).mongoUri;
    const old = await connectStore({ uri, dbName });
    const articles = internalsOf(old).collection('articles');
    // As the previous store wrote them: terms inside each article, indexed there.
    await articles.insertMany(
      Array.from({ length: COUNT }, (_, k) => storedArticle(k + 1, COUNT, END)) as never[],
    );
    await articles.createIndex({ searchTerms: 1, sortAt: -1 });
    await old.close();
    store = await connectStore({ uri, dbName });
  });
  after(async () => {
    await store.dropDatabase();
    await store.close();
  });

  test('are moved at start-up: found by a term search, gone from the articles with their index', async () => {
    const expected = Array.from({ length: COUNT }, (_, k) => storedArticle(k + 1, COUNT, END))
      .filter((a) => a.searchTerms!.includes('energy') && a.searchTerms!.includes('report'))
      .sort((a, b) => b.sortAt.getTime() - a.sortAt.getTime() || (a._id < b._id ? 1 : -1))
      .slice(0, 20)
      .map((a) => a._id);
    assert.ok(expected.length === 20, 'the fixture has a page of matches');
    const page = await store.articles.list({ terms: ['energy', 'report'] }, { limit: 20 });
    assert.deepEqual(
      page.map((a) => a._id),
      expected,
    );
    const articles = internalsOf(store).collection('articles');
    assert.equal(await articles.countDocuments({ searchTerms: { $exists: true } }), 0);
    const indexes = await articles.indexes();
    assert.ok(!indexes.some((index) => 'searchTerms' in (index.key ?? {})), JSON.stringify(indexes));
    assert.equal(await internalsOf(store).collection('article_terms').countDocuments({}), COUNT);
  });
});
