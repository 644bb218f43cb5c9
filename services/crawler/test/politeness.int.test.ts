// Politeness under concurrency: two crawler processes share 20 hosts (127.0.0.1–127.0.0.20, all
// loopback on Linux), each host with its own delay; the sites record when each request arrived.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type MisbehavingSite, type ServiceProcess, startMisbehavingSite, waitFor } from '@newsflow/testing';
import { type CrawlHarness, startCrawlHarness } from './helpers/crawl-harness.ts';

const HOSTS = 20;
const PAGES_PER_HOST = 6;
// 200–580 ms: long enough that a violation cannot hide in scheduling noise, short enough that
// 7 requests per host (robots.txt + 6 pages) finish in a few seconds.
const delayOf = (i: number) => 200 + 20 * i;
// A source spread over 3 more hosts with no delay, capped at 2 fetches in flight; its pages
// answer after 300 ms, so uncapped fetches would overlap 3 (or more) deep.
const CAPPED_HOSTS = 3;
const CAPPED_PAGES_PER_HOST = 4;
const CAPPED_MAX = 2;

describe('politeness with two crawler processes over 20 hosts', { timeout: 90_000 }, () => {
  const sites: MisbehavingSite[] = [];
  const cappedSites: MisbehavingSite[] = [];
  const crawlers: ServiceProcess[] = [];
  let harness: CrawlHarness;

  before(async () => {
    for (let i = 0; i < HOSTS; i++) sites.push(await startMisbehavingSite({ host: `127.0.0.${i + 1}` }));
    for (let i = 0; i < CAPPED_HOSTS; i++)
      cappedSites.push(await startMisbehavingSite({ host: `127.0.0.${HOSTS + i + 1}` }));
    harness = await startCrawlHarness(
      'politeness',
      [
        ...sites.map((site, i) => ({
          name: `host-${i}`,
          startUrls: Array.from({ length: PAGES_PER_HOST }, (_, p) => `${site.origin}/ok/p${p}`),
          minDelayMs: delayOf(i),
          allowPrivateNetwork: true,
          discover: false,
        })),
        {
          name: 'capped',
          startUrls: cappedSites.flatMap((site) =>
            Array.from({ length: CAPPED_PAGES_PER_HOST }, (_, p) => `${site.origin}/slow/p${p}`),
          ),
          minDelayMs: 0,
          maxConcurrency: CAPPED_MAX,
          allowPrivateNetwork: true,
          discover: false,
        },
      ],
      { CRAWL_CONCURRENCY: '8', DEFAULT_HOST_DELAY_MS: '0' },
    );
    crawlers.push(await harness.startCrawler(), await harness.startCrawler());
  });

  after(async () => {
    await harness?.close();
    await Promise.all([...sites, ...cappedSites].map((site) => site.close()));
  });

  it('never lets a host see two requests closer than its delay', async () => {
    const total = HOSTS * PAGES_PER_HOST + CAPPED_HOSTS * CAPPED_PAGES_PER_HOST;
    await waitFor('every page published', () => harness.pages.length >= total, {
      timeoutMs: 60_000,
    });
    let tightest = Number.POSITIVE_INFINITY;
    sites.forEach((site, i) => {
      const arrivals = site.requests.map((request) => request.at).sort((a, b) => a - b);
      if (arrivals.length !== PAGES_PER_HOST + 1)
        process.stdout.write(
          `# ${site.origin}: ${site.requests.map((r) => `${r.path}@${r.at}`).join(' ')}\n`,
        );
      assert.equal(arrivals.length, PAGES_PER_HOST + 1, `${site.origin}: robots.txt + each page once`);
      for (let k = 1; k < arrivals.length; k++) {
        const gap = arrivals[k]! - arrivals[k - 1]!;
        tightest = Math.min(tightest, gap - delayOf(i));
        assert.ok(gap >= delayOf(i), `${site.origin}: requests ${gap} ms apart, delay ${delayOf(i)} ms`);
      }
    });
    for (const crawler of crawlers) assert.match(crawler.output(), /page fetched/, 'both processes fetched');
    // How close the schedule ran to the limit (ms above the delay at the tightest gap).
    process.stdout.write(`# tightest gap: ${tightest} ms above its host's delay\n`);
  });

  it("keeps a source's fetches in flight within its maxConcurrency, across its hosts and both processes", async () => {
    const pages = cappedSites.flatMap((site) => site.requestsTo('/slow/'));
    assert.equal(pages.length, CAPPED_HOSTS * CAPPED_PAGES_PER_HOST);
    // Sweep the request intervals: +1 at arrival, -1 when answered.
    const events = pages.flatMap((request) => [
      [request.at, 1] as const,
      [request.doneAt ?? Number.POSITIVE_INFINITY, -1] as const,
    ]);
    events.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    let inFlight = 0;
    let most = 0;
    for (const [, change] of events) {
      inFlight += change;
      most = Math.max(most, inFlight);
    }
    assert.ok(most <= CAPPED_MAX, `${most} fetches of one source in flight, cap ${CAPPED_MAX}`);
    assert.equal(most, CAPPED_MAX, 'the cap is used, not just never reached');
  });
});
