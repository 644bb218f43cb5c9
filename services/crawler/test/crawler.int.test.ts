// The crawler as its own process against the real Kafka, MongoDB-protocol server and Redis,
// crawling local sites (127.0.0.1 only) that misbehave: what reaches pages.fetched.v1 and the
// failures collection is asserted, and what reached the sites.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  CP1251_TEXT,
  type MisbehavingSite,
  type ServiceProcess,
  startMisbehavingSite,
  waitFor,
} from '@newsflow/testing';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { type CrawlHarness, startCrawlHarness } from './helpers/crawl-harness.ts';

const ATTEMPTS = 3;
const POLITE_AGENT = 'newsflow-polite-test/1.0 (+https://ops.example/crawler)';
// Short enough to keep the file fast, long enough that a loaded 2-core machine serves pages in time.
const FETCH_TIMEOUT_MS = 2500;

describe('crawler against misbehaving sites', { timeout: 120_000 }, () => {
  let site: MisbehavingSite; // most routes, robots.txt allowing all and listing a sitemap index
  let robotsSite: MisbehavingSite; // robots.txt with a Disallow and Crawl-delay: 1
  let privateSite: MisbehavingSite; // targeted by a source that does not allow private addresses
  let harness: CrawlHarness;
  let crawler: ServiceProcess & { metricsUrl: string };
  const misc = (path: string) => `${site.origin}${path}`;

  before(async () => {
    site = await startMisbehavingSite({ retryAfterSeconds: 1 });
    robotsSite = await startMisbehavingSite({
      robotsTxt: 'User-agent: *\nDisallow: /ok/private\nCrawl-delay: 1\n',
    });
    privateSite = await startMisbehavingSite();
    const local = { minDelayMs: 0, allowPrivateNetwork: true };
    harness = await startCrawlHarness(
      'crawler-int',
      [
        {
          name: 'misc',
          ...local,
          maxConcurrency: 4,
          feeds: [misc('/broken-feed.xml')],
          discover: false,
          startUrls: [
            '/status/404',
            '/flaky/one',
            '/reset/one',
            '/busy/one',
            '/hang',
            '/huge',
            '/redirect-loop/a',
            '/gzip-bomb',
            '/cp1251',
            '/big',
            '/etag/page',
          ].map(misc),
        },
        { name: 'news', ...local, startUrls: [`${site.origin}/news/`] },
        {
          name: 'polite',
          ...local,
          userAgent: POLITE_AGENT,
          startUrls: ['/ok/private-page', '/ok/r1', '/ok/r2', '/ok/r3'].map((p) => robotsSite.origin + p),
        },
        { name: 'private', minDelayMs: 0, startUrls: [`${privateSite.origin}/ok/target`] },
        // Articles fetched again 1.5 s and 3 s after their first fetch.
        {
          name: 'revisits',
          ...local,
          discover: false,
          startUrls: [misc('/ok/revisits-front')],
          sitemaps: [misc('/revisits/sitemap.xml')],
          revisitAfterMinutes: [0.025, 0.05],
        },
      ],
      {
        RETRY_ATTEMPTS: String(ATTEMPTS),
        RETRY_BACKOFF_MS: '200',
        FETCH_TIMEOUT_MS: String(FETCH_TIMEOUT_MS),
        CRAWL_CONCURRENCY: '8',
        DEFAULT_HOST_DELAY_MS: '0',
      },
    );
    crawler = await harness.startCrawler();
  });

  after(async () => {
    await harness?.close();
    await Promise.all([site?.close(), robotsSite?.close(), privateSite?.close()]);
  });

  /** Queues a fetch job as the scheduler does for a later round. */
  async function queueJob(job: { source: string; url: string; kind: string; round: number }) {
    const connection = new Redis(harness.env.REDIS_URL!, { maxRetriesPerRequest: null });
    const queue = new Queue('fetch', { connection, prefix: harness.isolation.queuePrefix });
    await queue.add('fetch', { ...job, depth: 0, traceId: `test-round-${job.round}` });
    await queue.close();
    await connection.quit();
  }
  const published = (url: string) => harness.pages.filter((page) => page.url === url);
  const failureFor = (url: string) =>
    waitFor(`failure for ${url}`, async () => (await harness.failures()).find((f) => f.url === url), {
      timeoutMs: 30_000,
    });

  it('records a 404 once, as permanent, without retrying', async () => {
    const failure = await failureFor(misc('/status/404'));
    assert.deepEqual([failure.kind, failure.reason, failure.attempts], ['permanent', 'http_404', 1]);
    assert.equal(site.requestsTo('/status/404').length, 1);
  });

  it('retries a 500 and publishes the page once it answers 200', async () => {
    const page = await waitFor('flaky page published', () => published(misc('/flaky/one'))[0]);
    assert.match(page.html, /Recovered/);
    assert.equal(site.requestsTo('/flaky/one').length, 2);
    assert.equal(
      (await harness.failures()).some((f) => f.url === misc('/flaky/one')),
      false,
    );
  });

  it('retries a reset connection and publishes the page', async () => {
    const page = await waitFor('reset page published', () => published(misc('/reset/one'))[0]);
    assert.match(page.html, /Back/);
    assert.equal(site.requestsTo('/reset/one').length, 2);
    const retried = crawler
      .output()
      .split('\n')
      .find((line) => line.includes('/reset/one') && line.includes('will retry'));
    assert.match(retried ?? '', /"reason":"connection_failed"/);
  });

  it('waits out a 429 Retry-After before asking again', async () => {
    await waitFor('busy page published', () => published(misc('/busy/one')).length > 0);
    const [first, second] = site.requestsTo('/busy/one');
    assert.ok(second, 'asked twice');
    assert.ok(second.at - first!.at >= 1000, `second request ${second.at - first!.at} ms after the 429`);
  });

  it('gives up on headers that never come after its attempts, as a timeout', async () => {
    const failure = await failureFor(misc('/hang'));
    assert.deepEqual([failure.kind, failure.reason, failure.attempts], ['transient', 'timeout', ATTEMPTS]);
    assert.equal(site.requestsTo('/hang').length, ATTEMPTS);
  });

  it('refuses a 50 MB body while streaming', async () => {
    const failure = await failureFor(misc('/huge'));
    assert.deepEqual([failure.kind, failure.reason], ['permanent', 'too_large']);
    assert.ok(site.hugeBytesSent() < 20 * 1024 * 1024, `site wrote ${site.hugeBytesSent()} bytes`);
  });

  it('stops a redirect loop and a gzip bomb', async () => {
    assert.equal((await failureFor(misc('/redirect-loop/a'))).reason, 'redirect_loop');
    assert.equal((await failureFor(misc('/gzip-bomb'))).reason, 'decompression_limit');
    assert.equal(published(misc('/gzip-bomb')).length, 0);
  });

  it('records a configured feed that is not a feed, once', async () => {
    const failure = await failureFor(misc('/broken-feed.xml'));
    assert.deepEqual([failure.kind, failure.reason, failure.attempts], ['permanent', 'unparseable_feed', 1]);
  });

  it('publishes a 4.5 MB page through Kafka', async () => {
    const page = await waitFor('big page', () => published(misc('/big'))[0]);
    assert.ok(page.html.length > 4_500_000, `${page.html.length} characters`);
    assert.match(page.html, /Paragraph 61999:/);
  });

  it('publishes a windows-1251 page as correct UTF-8', async () => {
    const page = await waitFor('cp1251 page', () => published(misc('/cp1251'))[0]);
    assert.ok(page.html.includes(CP1251_TEXT));
  });

  it('discovers the feed from the front page and the Google News sitemap from robots.txt', async () => {
    const story = (n: number) => `${site.origin}/news/story-${n}`;
    await waitFor('stories 1–3 published', () => [1, 2, 3].every((n) => published(story(n)).length > 0));
    assert.equal(site.requestsTo('/news/feed.xml').length, 1);
    assert.equal(site.requestsTo('/sitemap-news.xml.gz').length, 1);
    for (const n of [1, 2, 3]) assert.equal(published(story(n))[0]!.depth, 1);
    // Written every few seconds, not on every fetch.
    const news = await waitFor('news activity recorded', async () => {
      const stored = await harness.store.sources.get('news');
      return stored?.lastNewArticleAt && stored;
    });
    assert.ok(news.lastNewArticleAt instanceof Date, 'lastNewArticleAt set');
    assert.ok(news.lastCrawlAt instanceof Date, 'lastCrawlAt set');
    const misc = await harness.store.sources.get('misc');
    assert.equal(misc?.lastNewArticleAt ?? null, null, 'start pages alone are no new articles');
    assert.match(
      crawler.output(),
      /news sitemap entry admitted.*Officials discuss partnership|Officials discuss partnership.*news sitemap entry admitted/,
    );
  });

  it('polls the child sitemaps of an unchanged (304) sitemap index on the next round', async () => {
    await waitFor('first sitemap round done', () => site.requestsTo('/sitemap-news.xml.gz').length === 1);
    await queueJob({ source: 'news', url: `${site.origin}/sitemap-index.xml`, kind: 'sitemap', round: 1 });
    await waitFor('child sitemap polled again', () => site.requestsTo('/sitemap-news.xml.gz').length === 2);
    const [, again] = site.requestsTo('/sitemap-index.xml');
    assert.equal(again?.headers['if-none-match'], '"index-v1"');
    // Nothing new in it: no story fetched twice.
    for (const n of [1, 2, 3]) assert.equal(site.requestsTo(`/news/story-${n}`).length, 1);
  });

  it('fetches an article reached under tracking-parameter variants once', async () => {
    await waitFor('story 1 published', () => published(`${site.origin}/news/story-1`).length > 0);
    // Linked as ?utm_source=rss&utm_medium=feed by the feed and ?fbclid=… by the sitemap.
    assert.equal(site.requestsTo('/news/story-1').length, 1);
    assert.equal(published(`${site.origin}/news/story-1`).length, 1);
    // Its rel=canonical is recorded in the fetch log.
    assert.ok(crawler.output().includes(`"canonical":"${site.origin}/news/story-1"`));
  });

  it('honours robots.txt Disallow and Crawl-delay', async () => {
    const failure = await failureFor(`${robotsSite.origin}/ok/private-page`);
    assert.deepEqual([failure.kind, failure.reason], ['permanent', 'disallowed']);
    assert.equal(robotsSite.requestsTo('/ok/private').length, 0);
    await waitFor('r1–r3 published', () =>
      ['/ok/r1', '/ok/r2', '/ok/r3'].every((p) => published(robotsSite.origin + p).length > 0),
    );
    // robots.txt included: it is a request to the host like any other.
    const arrivals = robotsSite.requests.map((request) => request.at).sort((a, b) => a - b);
    assert.equal(arrivals.length, 4, 'robots.txt and three pages');
    // The source's own user agent, robots.txt included.
    assert.deepEqual(
      new Set(robotsSite.requests.map((request) => request.headers['user-agent'])),
      new Set([POLITE_AGENT]),
    );
    for (let i = 1; i < arrivals.length; i++)
      assert.ok(
        arrivals[i]! - arrivals[i - 1]! >= 1000,
        `gap ${arrivals[i]! - arrivals[i - 1]!} ms < Crawl-delay`,
      );
  });

  it('refuses a private address at resolution for a source that does not allow it', async () => {
    const failure = await failureFor(`${privateSite.origin}/ok/target`);
    assert.deepEqual([failure.kind, failure.reason], ['permanent', 'private_address']);
    assert.equal(privateSite.requests.length, 0, 'no request reached the site, robots.txt included');
  });

  it('answers an unchanged page from its validators (304) and does not publish it again', async () => {
    const url = misc('/etag/page');
    await waitFor('etag page published', () => published(url).length > 0);
    // The next crawl round of this start URL, queued as the scheduler would.
    await queueJob({ source: 'misc', url, kind: 'page', round: 1 });
    await waitFor('conditional request', () => site.requestsTo('/etag/page').length === 2);
    const second = site.requestsTo('/etag/page')[1]!;
    assert.ok(second.headers['if-none-match'], 'sent If-None-Match');
    await waitFor('304 handled', () => /page not modified/.test(crawler.output()));
    assert.equal(published(url).length, 1);
  });

  it('fetches an article again on its revisits: a correction is published, an unchanged page is not', async () => {
    const changing = misc('/changing/story');
    const stable = misc('/etag/revisit-story');
    await waitFor('both articles fetched three times', () =>
      [changing, stable].every((url) => site.requestsTo(new URL(url).pathname).length === 3),
    );
    await waitFor('the correction published', () => published(changing).length === 2);
    const bodies = published(changing).map((page) => /<p>(.*?)<\/p>/.exec(page.html)?.[1]);
    assert.deepEqual(bodies, ['First version of the story.', 'Corrected version of the story.']);
    const [first, second, third] = site.requestsTo('/changing/story');
    const gaps = [second!.at - first!.at, third!.at - first!.at];
    assert.ok(gaps[0]! >= 1400 && gaps[1]! >= 2900, `revisits timed from the first fetch: ${gaps}`);
    // The third answer repeats the second byte for byte: not published again.
    const logged = (path: string, message: string) =>
      crawler
        .output()
        .split('\n')
        .filter((line) => line.includes(path) && line.includes(message)).length;
    await waitFor('the third answer seen unchanged', () => logged('/changing/story', 'page unchanged') === 1);
    assert.equal(published(changing).length, 2);
    const stableRequests = site.requestsTo('/etag/revisit-story');
    assert.ok(
      stableRequests.slice(1).every((request) => request.headers['if-none-match']),
      'conditional',
    );
    await waitFor('both 304s handled', () => logged('/etag/revisit-story', 'page not modified') === 2);
    assert.equal(published(stable).length, 1, 'the 304s are not published');
    const metrics = await (await fetch(crawler.metricsUrl)).text();
    const revisits = (outcome: string) =>
      Number(
        metrics
          .split('\n')
          .find((line) => line.startsWith(`crawler_revisits_total{source="revisits",outcome="${outcome}"`))
          ?.split(' ')
          .at(-1),
      );
    assert.deepEqual([revisits('changed'), revisits('unchanged')], [1, 3]);
  });

  it('exposes fetches, failures, bytes, latency, queue depth and politeness waits per source and host', async () => {
    const metrics = await (await fetch(crawler.metricsUrl)).text();
    const host = new URL(site.origin).host;
    const line = (pattern: RegExp) => metrics.split('\n').find((text) => pattern.test(text));
    const value = (pattern: RegExp) => Number(line(pattern)?.split(' ').at(-1));
    assert.ok(
      value(new RegExp(`crawler_pages_fetched_total\\{source="news",host="${host}",outcome="published"`)) >=
        4,
    );
    assert.ok(
      value(
        new RegExp(`crawler_pages_fetched_total\\{source="misc",host="${host}",outcome="not_modified"`),
      ) === 1,
    );
    assert.equal(
      value(/crawler_fetch_failures_total\{source="misc",.*reason="timeout",kind="transient"/),
      ATTEMPTS,
    );
    assert.equal(value(/crawler_fetch_failures_total\{source="private",.*reason="private_address"/), 1);
    assert.ok(value(new RegExp(`crawler_fetched_bytes_total\\{source="misc",host="${host}"`)) > 0);
    assert.ok(line(/crawler_fetch_duration_seconds_bucket\{.*source="news"/));
    assert.ok(line(/crawler_queue_jobs\{state="delayed"/));
    assert.ok(value(/crawler_politeness_waits_total\{source="polite"/) >= 1, 'Crawl-delay made jobs wait');
    assert.ok(value(/crawler_urls_admitted_total\{source="news",via="feed"/) >= 1);
  });
});
