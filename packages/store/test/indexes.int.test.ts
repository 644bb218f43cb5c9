// Every store operation's queries are served by an index on the engine the tests run on (the
// local FerretDB 2 + DocumentDB, or MongoDB): each query an operation sends is captured and
// explained, and its plan must read an index, never scan the collection. The `sources` collection
// is the one exception by design (a few dozen documents, read whole).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { connectStore, type Store } from '@newsflow/store';
import {
  insertStoredArticles,
  internalsOf,
  type SentQuery,
  storedArticle,
  watchQueries,
} from '@newsflow/store/internals';
import { getTestServices, isolate } from '@newsflow/testing';

const COUNT = 3000;
const END = new Date(Date.now() - 60_000);

let store: Store;
let unwatch: () => void = () => undefined;
let sent: SentQuery[] = [];

/** The queries an operation sends. */
async function queriesOf(operation: () => Promise<unknown>): Promise<SentQuery[]> {
  sent = [];
  await operation();
  return sent.filter((query) => !['createIndex', 'insertOne', 'insertMany'].includes(query.method));
}

/**
 * A plan that narrows by an index: on DocumentDB an index node with an index condition (a bare
 * index walk that filters every row afterwards is a scan too); on MongoDB an index stage and no
 * collection scan.
 */
function readsIndex(plan: unknown): boolean {
  const text = JSON.stringify(plan);
  if (/Seq Scan|COLLSCAN/.test(text)) return false;
  if (/IXSCAN|IDHACK/.test(text)) return true;
  // A condition on the document or its _id: `shard_key_value = …` alone selects the whole collection.
  return /"Index Cond":"[^"]*(document OPERATOR|object_id)/.test(text);
}

async function planOf(query: SentQuery): Promise<unknown> {
  const collection = internalsOf(store).collection(query.collection as never);
  // An aggregation is sent as its pipeline: explained whole (its $match must read an index).
  if (Array.isArray(query.filter)) return collection.aggregate(query.filter).explain();
  return collection.find(query.filter, query.hint ? { hint: query.hint } : {}).explain();
}

async function assertIndexed(name: string, operation: () => Promise<unknown>): Promise<void> {
  const queries = await queriesOf(operation);
  assert.ok(queries.length > 0, `${name}: sends at least one query`);
  for (const query of queries) {
    if (query.collection === 'sources') continue;
    const plan = await planOf(query);
    assert.ok(
      readsIndex(plan),
      `${name}: ${query.method} ${JSON.stringify(query.filter)} reads no index:\n${JSON.stringify(plan).slice(0, 800)}`,
    );
  }
}

describe('store operations are served by indexes (explain)', () => {
  before(async () => {
    const services = await getTestServices();
    store = await connectStore({ uri: services.mongoUri, dbName: isolate('store-indexes').dbName });
    await insertStoredArticles(
      store,
      Array.from({ length: COUNT }, (_, k) => storedArticle(k + 1, COUNT, END)),
    );
    for (let k = 0; k < 300; k++)
      await store.failures.record(
        {
          stage: k % 2 ? 'parser' : 'crawler',
          topic: 'pages.fetched.v1',
          kind: 'permanent',
          reason: `reason_${k % 7}`,
          message: 'm',
          attempts: 1,
          payloadRef: { topic: 'pages.fetched.v1', partition: 0, offset: String(k), key: null, jobId: null },
          payload: '{}',
          traceId: null,
          source: `s${k % 5}`,
          url: null,
        },
        new Date(END.getTime() - k * 60_000),
      );
    for (let k = 0; k < 300; k++) await store.stories.refresh(`story-${k}`);
    for (let k = 0; k < 300; k++)
      await store.pagesNotStored.record({
        url: `https://s${k % 5}.example/page-${k}`,
        source: `s${k % 5}`,
        pageType: 'listing',
        reason: `reason-${k % 7}`,
        detail: null,
        crawlContext: null,
        extractorVersion: 'x-1',
        traceId: `trace-${k}`,
        at: new Date(END.getTime() - k * 60_000),
      });
    unwatch = watchQueries((query) => sent.push(query));
  });
  after(async () => {
    unwatch();
    await store.dropDatabase();
    await store.close();
  });

  const id = (i: number) => i.toString(16).padStart(32, '0');
  const recent = () => new Date(END.getTime() - 120 * 60_000);

  test('the check itself: a query on an unindexed field is caught', async () => {
    const plan = await planOf({
      collection: 'articles',
      method: 'find',
      filter: { body: 'no index on body' },
    });
    assert.equal(readsIndex(plan), false, JSON.stringify(plan).slice(0, 600));
    const grouped = await planOf({
      collection: 'pages_not_stored',
      method: 'aggregate',
      filter: [{ $match: { detail: 'no index on detail' } }, { $group: { _id: '$reason' } }] as never,
    });
    assert.equal(readsIndex(grouped), false, JSON.stringify(grouped).slice(0, 600));
  });

  test('articles: reads by id, lists for every filter, cursor pages', async () => {
    await assertIndexed('get', () => store.articles.get(id(5)));
    await assertIndexed('getFields', () => store.articles.getFields(id(5), ['contentHash']));
    for (const filter of [
      {},
      { source: 'gamma' },
      { section: 'sport' },
      { language: 'ru' },
      { author: 'Author 7' },
      { storyId: 'story-30' },
      { entity: 'person:ararat mirzoyan' },
      { terms: ['energy', 'report'] },
      { terms: ['energy'], source: 'alpha', entity: 'person:ararat mirzoyan' },
      { from: recent(), before: END, datedOnly: true },
    ])
      await assertIndexed(`list ${JSON.stringify(filter)}`, () => store.articles.list(filter, { limit: 21 }));
    // Two equalities: the windows are read through the rarer one's index, named in the query.
    const sectionAndLanguage = await queriesOf(() =>
      store.articles.list({ section: 'sport', language: 'en' }, { limit: 21 }),
    );
    const ranges = sectionAndLanguage.filter((query) => JSON.stringify(query.filter).includes('$gte'));
    assert.ok(ranges.length > 0);
    for (const query of ranges) assert.deepEqual(query.hint, { section: 1, sortAt: -1 });
    await assertIndexed('list section + language', () =>
      store.articles.list({ section: 'sport', language: 'en' }, { limit: 21 }),
    );
    await assertIndexed('list after a cursor', () =>
      store.articles.list({ source: 'beta' }, { limit: 21, after: { at: recent(), id: id(2000) } }),
    );
  });

  test('articles: enrichment candidates and decisions', async () => {
    const article = storedArticle(42, COUNT, END);
    await assertIndexed('copiesOf', () => store.articles.copiesOf([id(1), id(2)], ['title']));
    await assertIndexed('storyCandidates', () =>
      store.articles.storyCandidates(article.storyKeys, { from: recent(), to: END }, article._id, 200),
    );
    await assertIndexed('storyMembers', () =>
      store.articles.storyMembers('story-8', ['title'], { limit: 100 }),
    );
    await assertIndexed('setDecision', () =>
      store.articles.setDecision(id(7), { storyId: 'story-1' }, { storyId: 'story-1' }),
    );
  });

  test('clustering: enrichment without decisions, clustered candidates, decisions', async () => {
    const article = storedArticle(42, COUNT, END);
    await assertIndexed('clustering.saveEnrichment', () =>
      store.clustering.saveEnrichment(id(9), 'h9', { enrichment: {}, fingerprintBands: [], storyKeys: [] }),
    );
    await assertIndexed('clustering.nearCopyCandidates', () =>
      store.clustering.nearCopyCandidates(article.fingerprintBands, article._id, ['firstSeenAt'], 50),
    );
    await assertIndexed('clustering.decide', () =>
      store.clustering.decide(id(9), 'h9', { duplicateOf: null, storyId: 'story-1' }),
    );
  });

  test('articles: stream catch-up, status counts, entity tallies, reprocess batches', async () => {
    await assertIndexed('timesSince firstSeen', () => store.articles.timesSince('firstSeen', recent(), 1000));
    await assertIndexed('timesSince enriched', () => store.articles.timesSince('enriched', recent(), 1000));
    await assertIndexed('newestEntities', () => store.articles.newestEntities({ from: recent() }, 500));
    await assertIndexed('batchInIdOrder', () =>
      store.articles.batchInIdOrder({ source: 'alpha' }, id(100), 200),
    );
    await assertIndexed('count', () =>
      store.articles.count({ extractorVersion: 'bench-1', source: 'alpha' }),
    );
  });

  test('stories, failures, raw pages and API keys', async () => {
    await assertIndexed('stories.get', () => store.stories.get('story-3'));
    await assertIndexed('stories.list', () => store.stories.list({}, { limit: 20 }));
    await assertIndexed('stories.list by source', () =>
      store.stories.list({ source: 'alpha' }, { limit: 20 }),
    );
    await assertIndexed('failures.list', () => store.failures.list({ stage: 'parser' }, { limit: 20 }));
    await assertIndexed('failures.list all', () => store.failures.list({}, { limit: 20 }));
    await assertIndexed('failures.countOpen', () => store.failures.countOpen());
    await assertIndexed('failures.since', () => store.failures.since(recent(), 1000));
    await assertIndexed('rawPages.load', () => store.rawPages.load(id(3)));
    await assertIndexed('rawPages.fetchedSince', () => store.rawPages.fetchedSince(recent(), 1000));
    await assertIndexed('apiKeys.find', () => store.apiKeys.find('nf_unknown'));
  });

  test('pages not stored: record, get, lists for every filter, cursor pages, counts by reason', async () => {
    const sighting = {
      url: 'https://s1.example/page-1',
      source: 's1',
      pageType: 'listing',
      reason: 'reason-1',
      detail: null,
      crawlContext: null,
      extractorVersion: 'x-1',
      traceId: 'trace-again',
      at: END,
    };
    await assertIndexed('pagesNotStored.record', () => store.pagesNotStored.record(sighting));
    // The redelivered sighting: the insert hits the key, and the second attempt's match too.
    await assertIndexed('pagesNotStored.record again', () => store.pagesNotStored.record(sighting));
    await assertIndexed('pagesNotStored.get', () => store.pagesNotStored.get(sighting.url, sighting.reason));
    // A filter nothing matches empties its windows: its rows at any time are read by the filter alone.
    for (const filter of [
      {},
      { source: 's2' },
      { reason: 'reason-3' },
      { source: 's2', reason: 'reason-3' },
      { source: 'nobody' },
      { reason: 'nothing' },
    ])
      await assertIndexed(`pagesNotStored.list ${JSON.stringify(filter)}`, () =>
        store.pagesNotStored.list(filter, { limit: 21 }),
      );
    await assertIndexed('pagesNotStored.list after a cursor', () =>
      store.pagesNotStored.list({}, { limit: 21, after: { at: recent(), id: 'f'.repeat(32) } }),
    );
    await assertIndexed('pagesNotStored.countByReason', () =>
      store.pagesNotStored.countByReason({ since: recent() }),
    );
    await assertIndexed('pagesNotStored.countByReason by source', () =>
      store.pagesNotStored.countByReason({ source: 's3', since: recent() }),
    );
  });
});
