// Issue 13 against the real store: a page the parser does not store as an article is listed for
// operators (store.pagesNotStored, behind GET /v1/pages-not-stored) with its reason, source, page
// type and crawl context; a revisit counts on the same record, a redelivered message does not.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createLogger } from '@newsflow/observability';
import { connectStore, type Store } from '@newsflow/store';
import { internalsOf } from '@newsflow/store/internals';
import { getTestServices, isolate } from '@newsflow/testing';
import { Registry } from 'prom-client';
import { createPageParser } from '../src/parse-page.ts';
import { createParserMetrics } from '../src/parser-metrics.ts';
import { FRONT, fetchedPage } from './not-stored-pages.ts';

const CONTACT = `<html><head><title>Contact us</title></head><body><main><h1>Contact us</h1>
<p>Write to us.</p></main></body></html>`;

describe('pages not stored, listed from the real store', () => {
  let store: Store;
  const logger = createLogger('test', 'silent');
  let parse: ReturnType<typeof createPageParser>;

  before(async () => {
    const services = await getTestServices();
    store = await connectStore({ uri: services.mongoUri, dbName: isolate('parser-not-stored').dbName });
    parse = createPageParser(
      { store, publisher: { publish: async () => undefined } as never, topic: (name: string) => name },
      createParserMetrics(new Registry()),
      { notStoredRetentionMs: 7 * 86_400_000 },
    );
  });
  after(async () => {
    await store?.dropDatabase();
    await store?.close();
  });

  it('lists a front page and a service page with their reasons; stores no article', async () => {
    const front = fetchedPage('https://daily.example/', FRONT, { crawlContext: 'start' });
    await parse(front, logger);
    // The same message again (a redelivery), then the next crawl round's fetch of the page.
    await parse(front, logger);
    const later = new Date(Date.now() + 1000).toISOString();
    await parse(
      fetchedPage('https://daily.example/', FRONT, { crawlContext: 'start', fetchedAt: later }),
      logger,
    );
    await parse(
      fetchedPage('https://daily.example/contact', CONTACT, { crawlContext: 'listing-link' }),
      logger,
    );

    const listed = await store.pagesNotStored.list({ source: 'daily' }, { limit: 10 });
    assert.deepEqual(
      listed.map(({ url, reason, pageType, crawlContext, count }) => ({
        url,
        reason,
        pageType,
        crawlContext,
        count,
      })),
      [
        // Newest first: the front page was last seen a second later.
        {
          url: 'https://daily.example/',
          reason: 'front-page',
          pageType: 'listing',
          crawlContext: 'start',
          count: 2,
        },
        {
          url: 'https://daily.example/contact',
          reason: 'service-page',
          pageType: 'unknown',
          crawlContext: 'listing-link',
          count: 1,
        },
      ],
    );
    assert.deepEqual(listed[0]!.lastSeenAt, new Date(later));
    assert.deepEqual(listed[0]!.expiresAt, new Date(Date.parse(later) + 7 * 86_400_000));
    assert.match(listed[1]!.detail ?? '', /service page.*url=service/);
    assert.ok(listed.every((row) => row.extractorVersion.length > 0));
    assert.deepEqual(
      (await store.pagesNotStored.list({ reason: 'service-page' }, { limit: 10 })).map((row) => row.url),
      ['https://daily.example/contact'],
    );
    assert.equal(await internalsOf(store).collection('articles').countDocuments({}), 0);
  });
});
