// The articles API against a real MongoDB-protocol server (FerretDB here, MongoDB under Docker).
import assert from 'node:assert/strict';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { createLogger, createMetricsRegistry } from '@newsflow/observability';
import { connectStore, type Store } from '@newsflow/store';
import { getTestServices, isolate } from '@newsflow/testing';
import { createApp } from '../src/app.ts';

function article(index: number, publishedAt: Date | null, source = 'alpha') {
  const id = index.toString(16).padStart(32, '0');
  const now = new Date('2024-07-01T00:00:00Z');
  return {
    _id: id,
    source,
    url: `https://example.org/a/${index}`,
    canonicalUrl: `https://example.org/a/${index}`,
    title: `Article ${index}`,
    subtitle: null,
    authors: [],
    section: null,
    tags: [],
    publishedAt,
    modifiedAt: null,
    sortAt: publishedAt ?? now,
    body: `Body of article ${index}.`,
    bodyHtml: null,
    language: 'en',
    leadImage: null,
    related: [],
    contentHash: `h${index}`,
    status: 'enriched' as const,
    extraction: { version: 'test', provenance: {} },
    enrichment: null,
    traceId: `trace-${index}`,
    fetchedAt: now,
    firstSeenAt: now,
    updatedAt: now,
  };
}

/** The union of the response shapes these tests read (a list, one article, readiness). */
interface ApiBody {
  data: Array<{ id: string; source: string; publishedAt: string | null; firstSeenAt: string }>;
  nextCursor: string | null;
  title: string;
  ready: boolean;
}

describe('GET /v1/articles', { timeout: 120_000 }, () => {
  let store: Store;
  let server: Server;
  let base: string;
  const TOTAL = 250;

  before(async () => {
    const services = await getTestServices();
    store = await connectStore({ uri: services.mongoUri, dbName: isolate('api').dbName });
    // Several articles share a timestamp, so paging must fall back to the id to stay exact.
    const start = Date.parse('2024-06-01T00:00:00Z');
    const docs = Array.from({ length: TOTAL }, (_, i) =>
      article(
        i + 1,
        i % 50 === 7 ? null : new Date(start + Math.floor(i / 3) * 60_000),
        i % 2 ? 'alpha' : 'beta',
      ),
    );
    await store.articles.insertMany(docs);
    const app = createApp({
      store,
      registry: createMetricsRegistry('api-test'),
      logger: createLogger('api-test', 'silent'),
      maxPageSize: 100,
      readiness: [{ name: 'mongodb', check: () => store.ping() }],
      isShuttingDown: () => false,
    });
    server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  after(async () => {
    server?.close();
    await store?.connection.dropDatabase();
    await store?.close();
  });

  const get = async (path: string) => {
    const response = await fetch(base + path);
    return {
      status: response.status,
      type: response.headers.get('content-type'),
      body: (await response.json()) as ApiBody,
    };
  };

  it('pages through every article exactly once, newest first', async () => {
    const seen: string[] = [];
    const sortKeys: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await get(`/v1/articles?limit=40${cursor ? `&cursor=${cursor}` : ''}`);
      assert.equal(page.status, 200);
      for (const item of page.body.data) {
        seen.push(item.id);
        sortKeys.push(`${item.publishedAt ?? item.firstSeenAt}|${item.id}`);
      }
      cursor = page.body.nextCursor;
    } while (cursor);
    assert.equal(seen.length, TOTAL);
    assert.equal(new Set(seen).size, TOTAL);
    assert.deepEqual(sortKeys, [...sortKeys].sort().reverse());
  });

  it('keeps a cursor stable while new articles arrive', async () => {
    const first = await get('/v1/articles?limit=10');
    await store.articles.create(article(TOTAL + 1, new Date('2030-01-01T00:00:00Z')));
    const second = await get(`/v1/articles?limit=10&cursor=${first.body.nextCursor}`);
    const firstIds = new Set(first.body.data.map((item: { id: string }) => item.id));
    assert.equal(second.body.data.length, 10);
    assert.ok(second.body.data.every((item: { id: string }) => !firstIds.has(item.id)));
    await store.articles.deleteOne({ _id: article(TOTAL + 1, null)._id });
  });

  it('filters by source', async () => {
    const page = await get('/v1/articles?source=beta&limit=100');
    assert.equal(page.status, 200);
    assert.ok(page.body.data.length > 0);
    assert.ok(page.body.data.every((item: { source: string }) => item.source === 'beta'));
  });

  it('serves one article by id and 404s an unknown one as problem+json', async () => {
    const one = await get(`/v1/articles/${article(5, null)._id}`);
    assert.equal(one.status, 200);
    assert.equal(one.body.title, 'Article 5');
    const missing = await get(`/v1/articles/${'f'.repeat(32)}`);
    assert.equal(missing.status, 404);
    assert.match(missing.type ?? '', /application\/problem\+json/);
  });

  it('rejects unknown parameters, operators and bad values with 400', async () => {
    for (const query of [
      'source[$ne]=x',
      'limit=0',
      'limit=1000',
      'cursor=garbage',
      'sort=title',
      'source=a&source=b',
    ]) {
      const response = await get(`/v1/articles?${query}`);
      assert.equal(response.status, 400, query);
      assert.match(response.type ?? '', /application\/problem\+json/, query);
    }
  });

  it('answers /healthz, /readyz and /metrics', async () => {
    assert.equal((await get('/healthz')).status, 200);
    const ready = await get('/readyz');
    assert.equal(ready.status, 200);
    assert.equal(ready.body.ready, true);
    const metrics = await fetch(`${base}/metrics`);
    assert.match(await metrics.text(), /process_cpu_seconds_total/);
  });
});
