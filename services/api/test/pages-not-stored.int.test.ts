// GET /v1/pages-not-stored and /v1/pages-not-stored/reasons (issue 13) against the real store:
// admin only, filters by source and reason, cursor pages to the end, counts per reason, and a
// clear problem+json 400 for every hostile or malformed parameter.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { encodeCursor } from '../src/schemas/common.ts';
import { type Harness, startHarness } from './harness.ts';

// biome-ignore lint/suspicious/noExplicitAny: response bodies are read field by field, each asserted
type Body = Record<string, any>;

const NOW = Date.now() - 60_000;
const HOUR = 3_600_000;
const REASONS = ['front-page', 'section-front', 'service-page'];

describe('pages not stored API', { timeout: 120_000 }, () => {
  let api: Harness;
  const json = async (path: string, key?: string | null) => {
    const response = await api.call(path, key === undefined ? {} : { key });
    const text = await response.text();
    return {
      status: response.status,
      type: response.headers.get('content-type') ?? '',
      body: (text ? JSON.parse(text) : null) as Body,
    };
  };

  before(async () => {
    api = await startHarness('pages-not-stored');
    // 45 pages: alpha and beta by turns, three reasons, an hour apart (the newest first: k = 0).
    for (let k = 0; k < 45; k++)
      await api.store.pagesNotStored.record({
        url: `https://${k % 2 ? 'beta' : 'alpha'}.example/page-${k}`,
        source: k % 2 ? 'beta' : 'alpha',
        pageType: k % 3 === 2 ? 'unknown' : 'listing',
        reason: REASONS[k % 3]!,
        detail: 'url=front',
        crawlContext: 'start',
        extractorVersion: 'x-1',
        traceId: `trace-${k}`,
        at: new Date(NOW - k * HOUR),
      });
    // Page 0 seen again, by a later fetch.
    await api.store.pagesNotStored.record({
      url: 'https://alpha.example/page-0',
      source: 'alpha',
      pageType: 'listing',
      reason: 'front-page',
      detail: 'url=front',
      crawlContext: 'revisit',
      extractorVersion: 'x-1',
      traceId: 'trace-again',
      at: new Date(NOW),
    });
  });
  after(() => api?.close());

  it('is for admins only', async () => {
    assert.equal((await json('/v1/pages-not-stored', null)).status, 401);
    assert.equal((await json('/v1/pages-not-stored', api.readerKey)).status, 403);
    assert.equal((await json('/v1/pages-not-stored/reasons', api.readerKey)).status, 403);
  });

  it('lists pages last seen first, with reason, source, url, page type, when and count', async () => {
    const { status, body } = await json('/v1/pages-not-stored?limit=3');
    assert.equal(status, 200);
    assert.deepEqual(
      body.data.map((row: Body) => [
        row.url,
        row.reason,
        row.source,
        row.pageType,
        row.count,
        row.crawlContext,
      ]),
      [
        ['https://alpha.example/page-0', 'front-page', 'alpha', 'listing', 2, 'revisit'],
        ['https://beta.example/page-1', 'section-front', 'beta', 'listing', 1, 'start'],
        ['https://alpha.example/page-2', 'service-page', 'alpha', 'unknown', 1, 'start'],
      ],
    );
    const first = body.data[0] as Body;
    assert.equal(first.lastSeenAt, new Date(NOW).toISOString());
    assert.equal(first.firstSeenAt, new Date(NOW).toISOString());
    assert.equal(first.traceId, 'trace-again');
    assert.match(first.id, /^[0-9a-f]{32}$/);
    assert.ok(first.expiresAt > first.lastSeenAt);
    assert.equal(typeof body.nextCursor, 'string');
  });

  it('filters by source and reason, and pages every filter to the end', async () => {
    for (const [query, expected] of [
      ['', 45],
      ['source=beta', 22],
      ['reason=service-page', 15],
      ['source=alpha&reason=front-page', 8],
      ['source=nobody', 0],
    ] as const) {
      const urls: string[] = [];
      let cursor: string | null = null;
      do {
        const page: { status: number; body: Body } = await json(
          `/v1/pages-not-stored?limit=4${query ? `&${query}` : ''}${cursor ? `&cursor=${cursor}` : ''}`,
        );
        assert.equal(page.status, 200, JSON.stringify(page.body));
        urls.push(...page.body.data.map((row: Body) => row.url));
        cursor = page.body.nextCursor;
      } while (cursor);
      assert.equal(urls.length, expected, query);
      assert.equal(new Set(urls).size, expected, `${query}: no page twice`);
      const order = urls.map((url) => Number(url.split('-').at(-1)));
      assert.deepEqual(
        order,
        [...order].sort((a, b) => a - b),
        `${query}: last seen first`,
      );
    }
  });

  it('counts pages and sightings per reason since a moment', async () => {
    const since = new Date(NOW - 9.5 * HOUR).toISOString();
    const { status, body } = await json(`/v1/pages-not-stored/reasons?since=${since}`);
    assert.equal(status, 200);
    assert.equal(body.since, since);
    // k = 0…9: front-page 0, 3, 6, 9 (0 seen twice); section-front 1, 4, 7; service-page 2, 5, 8.
    assert.deepEqual(body.data, [
      { reason: 'front-page', pages: 4, sightings: 5 },
      { reason: 'section-front', pages: 3, sightings: 3 },
      { reason: 'service-page', pages: 3, sightings: 3 },
    ]);
    const beta = await json(`/v1/pages-not-stored/reasons?source=beta&since=${since}`);
    assert.deepEqual(beta.body.data, [
      // k = 1, 3, 5, 7, 9.
      { reason: 'front-page', pages: 2, sightings: 2 },
      { reason: 'section-front', pages: 2, sightings: 2 },
      { reason: 'service-page', pages: 1, sightings: 1 },
    ]);
    // Without `since`: the last 24 hours.
    const day = await json('/v1/pages-not-stored/reasons');
    assert.equal(
      day.body.data.reduce((sum: number, row: Body) => sum + row.pages, 0),
      24,
    );
  });

  it('refuses hostile and malformed parameters with a clear 400', async () => {
    const foreignCursor = encodeCursor(new Date(NOW), '507f1f77bcf86cd799439011');
    for (const [query, names] of [
      ['source[$ne]=x', /source\[\$ne\]/],
      ['source=%24ne', /source: a source name/],
      ['source=%7B%22%24gt%22%3A%22%22%7D', /source: a source name/],
      ['reason=%24where', /reason: a reason code/],
      ['reason=Front Page', /reason: a reason code/],
      ['source=alpha&source=beta', /source/],
      ['limit=0', /limit/],
      ['limit=501', /limit/],
      ['limit=ten', /limit/],
      ['cursor=not-a-cursor', /cursor: not a cursor this API issued/],
      [`cursor=${foreignCursor}`, /cursor: not a cursor this API issued/],
      ['stage=parser', /stage/],
    ] as const) {
      const { status, type, body } = await json(`/v1/pages-not-stored?${query}`);
      assert.equal(status, 400, query);
      assert.match(type, /application\/problem\+json/, query);
      assert.match(body.detail, names, `${query}: ${body.detail}`);
    }
    for (const query of ['since=yesterday', 'since[$gt]=2024-01-01', 'limit=5', 'source=UPPER']) {
      const { status, type } = await json(`/v1/pages-not-stored/reasons?${query}`);
      assert.equal(status, 400, query);
      assert.match(type, /application\/problem\+json/, query);
    }
  });
});
