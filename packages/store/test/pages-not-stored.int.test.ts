// Pages the parser did not store (issue 13) against the real local engine (or MongoDB): one record
// per URL and reason however often it is seen, a redelivered sighting counted once, lists newest
// first by source and reason paged to the end exactly, counts per reason, and a TTL retention.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { connectStore, type PageNotStoredSighting, type Store } from '@newsflow/store';
import { internalsOf } from '@newsflow/store/internals';
import { getTestServices, isolate } from '@newsflow/testing';

let store: Store;
const DAY = 24 * 3_600_000;
const NOW = new Date(Date.now() - 60_000);

function sighting(fields: Partial<PageNotStoredSighting> = {}): PageNotStoredSighting {
  return {
    url: 'https://daily.example/',
    source: 'daily',
    pageType: 'listing',
    reason: 'front-page',
    detail: 'url=front, teasers=12',
    crawlContext: 'start',
    extractorVersion: 'x-1',
    traceId: crypto.randomUUID(),
    at: NOW,
    ...fields,
  };
}

describe('store.pagesNotStored', () => {
  before(async () => {
    const services = await getTestServices();
    store = await connectStore({ uri: services.mongoUri, dbName: isolate('store-not-stored').dbName });
  });
  after(async () => {
    await store.dropDatabase();
    await store.close();
  });

  test('a revisit moves lastSeenAt and counts; a redelivered sighting counts once', async () => {
    const url = 'https://daily.example/world/';
    const first = sighting({ url, at: new Date(NOW.getTime() - 2 * DAY) });
    assert.equal(await store.pagesNotStored.record(first), 'new');
    // The same message handled again (a retry after a later step failed, a Kafka redelivery).
    assert.equal(await store.pagesNotStored.record(first), 'already-counted');
    const revisit = sighting({ url, at: NOW, detail: 'url=section', crawlContext: 'revisit' });
    assert.equal(await store.pagesNotStored.record(revisit), 'seen-again');
    // A late retry of an older fetch: counted, but lastSeenAt stays at the newest sighting.
    const late = sighting({ url, at: new Date(NOW.getTime() - DAY) });
    assert.equal(await store.pagesNotStored.record(late), 'seen-again');

    const rows = await internalsOf(store).collection('pages_not_stored').find({ url }).toArray();
    assert.equal(rows.length, 1, 'one record per URL and reason');
    const record = await store.pagesNotStored.get(url, 'front-page');
    assert.ok(record);
    assert.equal(record.count, 3);
    assert.deepEqual(record.firstSeenAt, first.at);
    assert.deepEqual(record.lastSeenAt, NOW);
    assert.equal(record.reason, 'front-page');
    assert.equal(record.source, 'daily');
    assert.equal(record.pageType, 'listing');
    assert.equal(record.traceId, late.traceId);
    assert.deepEqual(record.expiresAt, new Date(NOW.getTime() + 30 * DAY));

    // Another reason for the same URL is a record of its own.
    assert.equal(await store.pagesNotStored.record(sighting({ url, reason: 'section-front' })), 'new');
    assert.equal(await internalsOf(store).collection('pages_not_stored').countDocuments({ url }), 2);
  });

  test('concurrent sightings of one new page: one record, each counted', async () => {
    const url = 'https://daily.example/race/';
    const outcomes = await Promise.all(
      Array.from({ length: 6 }, () => store.pagesNotStored.record(sighting({ url, reason: 'link-list' }))),
    );
    assert.equal(outcomes.filter((outcome) => outcome === 'new').length, 1, outcomes.join());
    assert.equal((await store.pagesNotStored.get(url, 'link-list'))?.count, 6);
  });

  test('retention: expiresAt from the given retention, and a TTL index on it', async () => {
    const url = 'https://daily.example/short/';
    await store.pagesNotStored.record(sighting({ url, reason: 'no-body' }), { retentionMs: 7 * DAY });
    assert.deepEqual(
      (await store.pagesNotStored.get(url, 'no-body'))?.expiresAt,
      new Date(NOW.getTime() + 7 * DAY),
    );
    const indexes = await internalsOf(store).collection('pages_not_stored').indexes();
    const ttl = indexes.find((index) => JSON.stringify(index.key) === '{"expiresAt":1}');
    assert.equal(ttl?.expireAfterSeconds, 0);
  });

  test('a long detail is cut', async () => {
    const url = 'https://daily.example/long/';
    await store.pagesNotStored.record(sighting({ url, reason: 'service-page', detail: 'x'.repeat(5000) }));
    assert.equal((await store.pagesNotStored.get(url, 'service-page'))?.detail?.length, 1000);
  });

  describe('list and counts', () => {
    const dbName = isolate('store-not-stored-list').dbName;
    let listed: Store;
    const reasons = ['front-page', 'section-front', 'service-page'];
    const sources = ['alpha', 'beta'];
    const COUNT = 240;
    const atOf = (k: number) =>
      // Spread over 60 days, with runs of ties (several pages' worth at one instant).
      k >= 100 && k < 130
        ? new Date(NOW.getTime() - 100 * 3_600_000)
        : new Date(NOW.getTime() - k * 6 * 3_600_000);

    before(async () => {
      const services = await getTestServices();
      listed = await connectStore({ uri: services.mongoUri, dbName });
      for (let k = 0; k < COUNT; k++)
        await listed.pagesNotStored.record(
          sighting({
            url: `https://${sources[k % 2]}.example/page-${k}`,
            source: sources[k % 2]!,
            reason: reasons[k % 3]!,
            at: atOf(k),
          }),
          // Sightings up to 60 days old: kept a year, or the engine's TTL task removes the oldest
          // while the test reads them (it did, in a full run).
          { retentionMs: 365 * DAY },
        );
    });
    after(async () => {
      await listed.dropDatabase();
      await listed.close();
    });

    /** Every record of a filter, page by page, as urls. */
    async function pageThrough(filter: { source?: string; reason?: string }, limit: number) {
      const urls: string[] = [];
      let after: { at: Date; id: string } | undefined;
      for (let pages = 0; pages < 1000; pages++) {
        const page = await listed.pagesNotStored.list(filter, { limit: limit + 1, after }, NOW);
        urls.push(...page.slice(0, limit).map((row) => row.url));
        if (page.length <= limit) return urls;
        const last = page[limit - 1]!;
        after = { at: last.lastSeenAt, id: last._id };
      }
      throw new Error('did not reach the end');
    }

    for (const [name, filter, limit] of [
      ['no filter', {}, 7],
      ['source', { source: 'beta' }, 10],
      ['reason', { reason: 'service-page' }, 5],
      ['source + reason', { source: 'alpha', reason: 'front-page' }, 4],
    ] as const)
      test(`lists ${name} newest first, paged exactly to the end`, async () => {
        const all = (await internalsOf(listed).collection('pages_not_stored').find({}).toArray())
          .filter(
            (row) =>
              (!('source' in filter) || row.source === filter.source) &&
              (!('reason' in filter) || row.reason === filter.reason),
          )
          .sort(
            (a, b) =>
              b.lastSeenAt.getTime() - a.lastSeenAt.getTime() || (a._id < b._id ? 1 : a._id > b._id ? -1 : 0),
          )
          .map((row) => row.url);
        assert.ok(all.length > limit, 'more than one page');
        assert.deepEqual(await pageThrough(filter, limit), all);
      });

    test('a filter nothing matches lists nothing', async () => {
      assert.deepEqual(await listed.pagesNotStored.list({ source: 'nobody' }, { limit: 10 }, NOW), []);
    });

    test('counts pages and sightings per reason since a moment, by source', async () => {
      const since = new Date(NOW.getTime() - 10 * DAY);
      // Within 10 days: k·6 h < 240 h, so k < 40, and the ties (k 100–129, 100 h back).
      const within = Array.from({ length: COUNT }, (_, k) => k).filter(
        (k) => atOf(k).getTime() >= since.getTime(),
      );
      const expected = (pick: (k: number) => boolean) =>
        reasons
          .map((reason, r) => {
            const pages = within.filter((k) => k % 3 === r && pick(k)).length;
            return { reason, pages, sightings: pages };
          })
          .filter((count) => count.pages > 0)
          .sort((a, b) => b.pages - a.pages || (a.reason < b.reason ? -1 : 1));
      assert.deepEqual(
        await listed.pagesNotStored.countByReason({ since }),
        expected(() => true),
      );
      assert.deepEqual(
        await listed.pagesNotStored.countByReason({ source: 'alpha', since }),
        expected((k) => k % 2 === 0),
      );
    });
  });
});
