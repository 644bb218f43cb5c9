// End to end: the four services as separate processes against the real Kafka, MongoDB-protocol
// server and Redis, crawling the local demo news site.
import assert from 'node:assert/strict';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { connectStore, type Store } from '@newsflow/store';
import { internalsOf } from '@newsflow/store/internals';
import {
  articlePath,
  DEMO_ARTICLES,
  DEMO_TIMEZONE,
  type DemoSite,
  dropIsolation,
  freePort,
  getTestServices,
  isoLocal,
  isolate,
  type ServiceProcess,
  serviceEnvFor,
  startDemoSite,
  startService,
  waitFor,
} from '@newsflow/testing';

interface ArticleList {
  data: Array<{
    id: string;
    url: string;
    title: string;
    status: string;
    publishedAt: string | null;
    section: string | null;
    body: string;
    enrichment: Record<string, unknown> | null;
  }>;
  nextCursor: string | null;
}

describe('pipeline end to end on the demo site', { timeout: 300_000 }, () => {
  const isolation = isolate('e2e');
  const processes: ServiceProcess[] = [];
  let site: DemoSite;
  let store: Store;
  let apiUrl: string;
  let baseEnv: Record<string, string>;
  let sourcesFile: string;

  before(async () => {
    const services = await getTestServices();
    site = await startDemoSite();
    const dir = await mkdtemp(join(tmpdir(), 'newsflow-e2e-'));
    sourcesFile = join(dir, 'sources.yaml');
    await writeFile(
      sourcesFile,
      [
        'sources:',
        '  - name: demo',
        `    startUrls: ["${site.origin}/"]`,
        `    timezone: ${DEMO_TIMEZONE}`,
        '    language: en',
        '    minDelayMs: 20',
        '    allowPrivateNetwork: true',
        '',
      ].join('\n'),
    );
    baseEnv = serviceEnvFor(services, isolation);
    store = await connectStore({ uri: services.mongoUri, dbName: isolation.dbName });
    const apiPort = await freePort();
    apiUrl = `http://127.0.0.1:${apiPort}`;
    processes.push(
      startService('parser', { ...baseEnv, PORT: String(await freePort()) }),
      startService('enricher', { ...baseEnv, PORT: String(await freePort()) }),
      startService('clusterer', { ...baseEnv, PORT: String(await freePort()) }),
      startService('api', { ...baseEnv, PORT: String(apiPort), API_AUTH: 'demo' }),
      startService('crawler', { ...baseEnv, PORT: String(await freePort()), SOURCES_FILE: sourcesFile }),
    );
  });

  after(async () => {
    await Promise.all(processes.map((process) => process.stop()));
    await store?.close();
    await site?.close();
    await dropIsolation(await getTestServices(), isolation);
  });

  const listArticles = async (): Promise<ArticleList> => {
    const response = await fetch(`${apiUrl}/v1/articles?limit=100`);
    assert.equal(response.status, 200);
    return (await response.json()) as ArticleList;
  };

  const failWithLogs = (error: unknown): never => {
    for (const process of processes)
      console.error(`--- ${process.name} ---\n${process.output().slice(-4000)}`);
    throw error;
  };

  it('stores every demo article, enriched, and serves it from the API', async () => {
    const list = await waitFor(
      'every demo article enriched and served by the API',
      async () => {
        const current = await listArticles();
        return current.data.length >= DEMO_ARTICLES.length &&
          current.data.every((a) => a.status === 'enriched')
          ? current
          : undefined;
      },
      { timeoutMs: 150_000, intervalMs: 1000 },
    ).catch(failWithLogs);

    assert.equal(list.data.length, DEMO_ARTICLES.length, 'one stored article per demo article, no more');
    const byPath = new Map(list.data.map((article) => [new URL(article.url).pathname, article]));
    for (const demo of DEMO_ARTICLES) {
      const stored = byPath.get(articlePath(demo));
      assert.ok(stored, `${articlePath(demo)} stored`);
      assert.equal(stored.title, demo.title);
      assert.equal(stored.publishedAt, new Date(isoLocal(demo.published)).toISOString());
      assert.equal(stored.body, demo.paragraphs.join('\n\n'));
      assert.equal(stored.enrichment?.language !== undefined, true, 'enrichment has a language');
    }
    // Newest first.
    const published = list.data.map((article) => article.publishedAt!);
    assert.deepEqual(published, [...published].sort().reverse());

    const one = await fetch(`${apiUrl}/v1/articles/${list.data[0]!.id}`);
    assert.equal(one.status, 200);
    assert.equal(((await one.json()) as { title: string }).title, list.data[0]!.title);
  });

  it('stores no listing page as an article', async () => {
    const urls = (
      await internalsOf(store)
        .collection('articles')
        .find<{ url: string }>({}, { projection: { url: 1 } })
        .toArray()
    ).map((article) => new URL(article.url).pathname);
    const articlePaths = new Set(DEMO_ARTICLES.map(articlePath));
    assert.deepEqual(
      urls.filter((path) => !articlePaths.has(path)),
      [],
    );
    assert.ok(site.requests.includes('/news') && site.requests.includes('/'), 'listing pages were crawled');
  });

  it('records no failure once the crawl is quiet (the demo site has no broken link)', async () => {
    // Quiet: no request to the site for 3 s (its footer /about and /contact are furniture the
    // focused crawler may skip; fetched or not, they answer and are no failure).
    let seen = site.requests.length;
    let quietSince = Date.now();
    await waitFor(
      'the crawl to go quiet',
      () => {
        if (site.requests.length !== seen) {
          seen = site.requests.length;
          quietSince = Date.now();
        }
        return Date.now() - quietSince > 3000;
      },
      { timeoutMs: 60_000, intervalMs: 200 },
    ).catch(failWithLogs);
    assert.deepEqual(
      (await store.failures.list({}, { limit: 100 })).map(({ stage, reason, url }) => ({
        stage,
        reason,
        url,
      })),
      [],
    );
  });

  it('leaves the article count unchanged when the site is crawled again', async () => {
    const crawler = processes.pop()!;
    assert.equal(await crawler.stop(), 0, 'crawler exits cleanly on SIGTERM');
    const fetchesBefore = site.requests.filter((path) => path !== '/robots.txt').length;
    // A fresh frontier (its own queue prefix) fetches every page again.
    processes.push(
      startService('crawler', {
        ...baseEnv,
        QUEUE_PREFIX: `${isolation.queuePrefix}-again`,
        PORT: String(await freePort()),
        SOURCES_FILE: sourcesFile,
      }),
    );
    await waitFor(
      'every demo article fetched again',
      () => {
        const again = site.requests.slice(fetchesBefore);
        return DEMO_ARTICLES.every((demo) => again.includes(articlePath(demo)));
      },
      { timeoutMs: 60_000 },
    ).catch(failWithLogs);
    // Give the parser time to handle the re-fetched pages, then count.
    await waitFor('parser caught up', async () => (await store.articles.count({ status: 'parsed' })) === 0, {
      timeoutMs: 30_000,
    });
    await new Promise((resolve) => setTimeout(resolve, 3000));
    assert.equal(await store.articles.count({}), DEMO_ARTICLES.length);
    assert.equal((await listArticles()).data.length, DEMO_ARTICLES.length);
  });

  it('shuts every service down gracefully on SIGTERM', async () => {
    const codes = await Promise.all(processes.splice(0).map((process) => process.stop()));
    assert.deepEqual(codes, [0, 0, 0, 0, 0]);
  });
});
