// GET /v1/articles against a real MongoDB-protocol server (FerretDB here, MongoDB under Docker),
// with a few thousand articles: every filter, full-text q, fields, pagination stability while
// inserting, ETag and conditional GET, gzip, security headers, CORS, and injection attempts.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { searchTermsOf } from '@newsflow/store';
import { insertStoredArticles, internalsOf } from '@newsflow/store/internals';
import { ArticleResource } from '../src/schemas/articles.ts';
import { type Harness, makeArticle, startHarness } from './harness.ts';

const TOTAL = 3000;
const SOURCES = ['alpha', 'beta', 'gamma'];
const SECTIONS = ['world', 'business', 'sport', 'culture'];
const START = Date.parse('2024-06-01T00:00:00Z');

type Stored = Omit<ReturnType<typeof makeArticle>, 'authors' | 'section' | 'language'> & {
  authors: string[];
  section: string;
  language: string;
  storyId: string | null;
};

function corpusArticle(i: number): Stored {
  const title =
    i % 11 === 0
      ? `Pipeline outage in Baku ${i}`
      : i % 13 === 0
        ? `Élection présidentielle ${i}`
        : `Article ${i}`;
  const body = `Body of article ${i}. ${i % 17 === 0 ? 'Ararat Mirzoyan met Richard Verma in Yerevan.' : ''}`;
  const entities = [
    ...(i % 10 === 0
      ? [{ name: 'Ararat Mirzoyan', type: 'person', key: 'person:ararat mirzoyan', count: 2 }]
      : []),
    ...(i % 6 === 0 ? [{ name: 'Armenia', type: 'place', key: 'place:AM', count: 1 }] : []),
  ];
  return makeArticle(i, {
    source: SOURCES[i % 3],
    section: SECTIONS[i % 4],
    language: i % 5 === 0 ? 'fr' : 'en',
    authors: [`Author ${i % 7}`],
    // Several articles share a timestamp, so paging must fall back to the id to stay exact.
    publishedAt: i % 50 === 7 ? null : new Date(START + Math.floor(i / 3) * 60_000),
    title,
    body,
    enrichment: entities.length ? { entities } : null,
    storyId: i % 100 < 3 ? `story-${Math.floor(i / 100)}` : null,
    searchTerms: searchTermsOf(title, body),
  }) as unknown as Stored;
}

describe('GET /v1/articles', { timeout: 300_000 }, () => {
  let api: Harness;
  const corpus: Stored[] = Array.from({ length: TOTAL }, (_, i) => corpusArticle(i + 1));

  before(async () => {
    api = await startHarness('articles');
    for (let i = 0; i < corpus.length; i += 1000)
      await insertStoredArticles(api.store, corpus.slice(i, i + 1000) as never[]);
  });
  after(() => api?.close());

  const json = async (path: string, init?: Parameters<Harness['call']>[1]) => {
    const response = await api.call(path, { key: api.readerKey, ...init });
    return {
      response,
      body: (await response.json()) as Record<string, unknown> & {
        data: Record<string, unknown>[];
        nextCursor: string | null;
        detail?: string;
      },
    };
  };

  /** Every id a query returns, following nextCursor to the end. */
  async function collect(query: string): Promise<string[]> {
    const ids: string[] = [];
    let cursor: string | null = null;
    do {
      const { response, body } = await json(
        `/v1/articles?limit=100&${query}${cursor ? `&cursor=${cursor}` : ''}`,
      );
      assert.equal(response.status, 200, `${query}: ${body.detail}`);
      ids.push(...body.data.map((item) => item.id as string));
      cursor = body.nextCursor;
    } while (cursor);
    return ids;
  }

  /** The ids the store should return, newest first by (sortAt, id). */
  function expected(predicate: (article: Stored) => boolean): string[] {
    return corpus
      .filter(predicate)
      .sort((a, b) => b.sortAt.getTime() - a.sortAt.getTime() || (a._id < b._id ? 1 : -1))
      .map((article) => article._id);
  }

  it('pages through every article exactly once, newest first', async () => {
    assert.deepEqual(
      await collect(''),
      expected(() => true),
    );
  });

  it('applies each filter exactly, and filters together', async () => {
    const from = new Date(START + 200 * 60_000);
    const to = new Date(START + 400 * 60_000);
    const cases: [string, (a: Stored) => boolean][] = [
      ['source=beta', (a) => a.source === 'beta'],
      ['section=sport', (a) => a.section === 'sport'],
      ['language=fr', (a) => a.language === 'fr'],
      ['author=Author%203', (a) => a.authors.includes('Author 3')],
      ['entity=person%3Aararat%20mirzoyan', (a) => Number.parseInt(a._id, 16) % 10 === 0],
      ['entity=Armenia', (a) => Number.parseInt(a._id, 16) % 6 === 0],
      ['story=story-7', (a) => a.storyId === 'story-7'],
      [
        `from=${from.toISOString()}&to=${to.toISOString()}`,
        (a) => a.publishedAt !== null && a.publishedAt >= from && a.publishedAt < to,
      ],
      [
        'from=2024-06-01&to=2024-06-02',
        (a) => a.publishedAt !== null && a.publishedAt < new Date('2024-06-02'),
      ],
      [
        'source=alpha&section=world&language=en',
        (a) => a.source === 'alpha' && a.section === 'world' && a.language === 'en',
      ],
    ];
    for (const [query, predicate] of cases) {
      const want = expected(predicate);
      assert.ok(want.length > 0, `${query} selects something`);
      assert.deepEqual(await collect(query), want, query);
    }
  });

  it('searches full text with q: every term, case and accents folded', async () => {
    assert.deepEqual(
      await collect('q=outage%20BAKU'),
      expected((a) => a.title.startsWith('Pipeline outage')),
    );
    assert.deepEqual(
      await collect('q=election'),
      expected((a) => a.title.startsWith('Élection')),
    );
    assert.deepEqual(
      await collect('q=mirzoyan%20yerevan'),
      expected((a) => a.body.includes('Yerevan')),
    );
    assert.deepEqual(
      await collect('q=outage&source=gamma'),
      expected((a) => a.title.startsWith('Pipeline outage') && a.source === 'gamma'),
    );
    assert.deepEqual(await collect('q=zzzunknownword'), []);
  });

  it('finds an article stored by the parser path (articles.saveParsed writes its terms)', async () => {
    const {
      _id,
      status: _s,
      enrichment: _e,
      firstSeenAt: _f,
      updatedAt: _u,
      sortAt: _t,
      ...parsed
    } = makeArticle(TOTAL + 10, {
      title: 'Quarterly tariffs reshuffle',
      body: 'Négociations commerciales à Genève.',
    });
    await api.store.articles.saveParsed({ _id, ...parsed } as never);
    try {
      assert.deepEqual(await collect('q=tariffs%20negociations%20geneve'), [_id]);
    } finally {
      await internalsOf(api.store).articleModel.deleteOne({ _id });
    }
  });

  it('returns only the chosen fields (id always)', async () => {
    const { body } = await json('/v1/articles?limit=5&fields=title,publishedAt');
    assert.equal(body.data.length, 5);
    for (const item of body.data) assert.deepEqual(Object.keys(item).sort(), ['id', 'publishedAt', 'title']);
    const full = await json('/v1/articles?limit=3');
    for (const item of full.body.data) ArticleResource.parse(item);
  });

  it('keeps a cursor stable while new articles arrive', async () => {
    const first = await json('/v1/articles?limit=50&source=alpha');
    // Newer, older and same-time articles arrive between two pages.
    const arrivals = [
      makeArticle(TOTAL + 1, { source: 'alpha', publishedAt: new Date('2030-01-01T00:00:00Z') }),
      makeArticle(TOTAL + 2, { source: 'alpha', publishedAt: new Date(START - 60_000) }),
    ];
    await internalsOf(api.store)
      .collection('articles')
      .insertMany(arrivals as never[]);
    try {
      const rest: string[] = [];
      let cursor = first.body.nextCursor;
      while (cursor) {
        const page = await json(`/v1/articles?limit=100&source=alpha&cursor=${cursor}`);
        rest.push(...page.body.data.map((item) => item.id as string));
        cursor = page.body.nextCursor;
      }
      const firstIds = first.body.data.map((item) => item.id as string);
      // Nothing served twice, nothing skipped; the older arrival appears at the end, the newer never.
      assert.deepEqual([...firstIds, ...rest], [...expected((a) => a.source === 'alpha'), arrivals[1]!._id]);
    } finally {
      await internalsOf(api.store).articleModel.deleteMany({ _id: { $in: arrivals.map((a) => a._id) } });
    }
  });

  it('serves one article with an ETag, 304 on If-None-Match, 404 as problem+json', async () => {
    const id = corpus[4]!._id;
    const one = await api.call(`/v1/articles/${id}`, { key: api.readerKey });
    assert.equal(one.status, 200);
    const etag = one.headers.get('etag');
    assert.ok(etag);
    assert.equal(((await one.json()) as { title: string }).title, corpus[4]!.title);
    // fetch() adds `cache-control: no-cache` to a conditional request (a forced reload) unless the
    // request names its own, as browsers revalidating do.
    const revalidate = { 'if-none-match': etag, 'cache-control': 'max-age=0' };
    const again = await api.call(`/v1/articles/${id}`, { key: api.readerKey, headers: revalidate });
    assert.equal(again.status, 304);
    await internalsOf(api.store).articleModel.updateOne(
      { _id: id },
      { $set: { title: 'Changed', updatedAt: new Date() } },
    );
    const changed = await api.call(`/v1/articles/${id}`, { key: api.readerKey, headers: revalidate });
    assert.equal(changed.status, 200);
    assert.notEqual(changed.headers.get('etag'), etag);
    const missing = await api.call(`/v1/articles/${'f'.repeat(32)}`, { key: api.readerKey });
    assert.equal(missing.status, 404);
    assert.match(missing.headers.get('content-type') ?? '', /application\/problem\+json/);
  });

  it('compresses with gzip, sends security headers, answers CORS for configured origins only', async () => {
    const response = await api.call('/v1/articles?limit=100', {
      key: api.readerKey,
      headers: { 'accept-encoding': 'gzip', origin: 'https://app.example' },
    });
    assert.equal(response.headers.get('content-encoding'), 'gzip');
    assert.match(response.headers.get('content-security-policy') ?? '', /default-src 'self'/);
    assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(response.headers.get('access-control-allow-origin'), 'https://app.example');
    const other = await api.call('/v1/articles?limit=1', {
      key: api.readerKey,
      headers: { origin: 'https://evil.example' },
    });
    assert.equal(other.headers.get('access-control-allow-origin'), null);
    const preflight = await fetch(`${api.base}/v1/articles`, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://app.example',
        'access-control-request-method': 'GET',
        'access-control-request-headers': 'authorization',
      },
    });
    assert.equal(preflight.status, 204);
    assert.match(preflight.headers.get('access-control-allow-headers') ?? '', /Authorization/i);
  });

  it('rejects unknown parameters, operators and bad values with 400, never querying with them', async () => {
    for (const query of [
      'source[$ne]=x',
      'source%5B%24ne%5D=x',
      'source=a&source=b',
      'limit=0',
      'limit=1000',
      'cursor=garbage',
      'sort=title',
      'from=yesterday',
      'language=%7B%22%24gt%22%3A%22%22%7D',
      'fields=title,passwordHash',
      'q=%20',
      'q=a',
      '%24where=1',
    ]) {
      const { response } = await json(`/v1/articles?${query}`);
      assert.equal(response.status, 400, query);
      assert.match(response.headers.get('content-type') ?? '', /application\/problem\+json/, query);
    }
    // Operator- or document-shaped values are refused even where they would be plain strings.
    for (const query of ['source=%7B%22%24gt%22%3A%22%22%7D', 'author=%24ne', 'entity=%5B1%5D']) {
      const { response } = await json(`/v1/articles?${query}`);
      assert.equal(response.status, 400, query);
    }
  });

  it('answers /healthz, /readyz and /metrics without a key', async () => {
    assert.equal((await fetch(`${api.base}/healthz`)).status, 200);
    const ready = await fetch(`${api.base}/readyz`);
    assert.equal(ready.status, 200);
    const metrics = await (await fetch(`${api.base}/metrics`)).text();
    assert.match(metrics, /process_cpu_seconds_total/);
    assert.match(metrics, /newsflow_api_requests_total\{route="\/v1\/articles",method="GET",status="200"/);
    assert.match(metrics, /newsflow_api_request_duration_seconds_bucket/);
  });
});
