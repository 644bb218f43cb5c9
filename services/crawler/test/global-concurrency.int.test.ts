// CRAWL_GLOBAL_CONCURRENCY: two crawler processes, each allowed 4 fetches, share a global cap of 1.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type MisbehavingSite, startMisbehavingSite, waitFor } from '@newsflow/testing';
import { type CrawlHarness, startCrawlHarness } from './helpers/crawl-harness.ts';

const HOSTS = 3;
const PAGES_PER_HOST = 3;

describe('global fetch concurrency across crawler processes', { timeout: 90_000 }, () => {
  const sites: MisbehavingSite[] = [];
  let harness: CrawlHarness;

  before(async () => {
    for (let i = 0; i < HOSTS; i++) sites.push(await startMisbehavingSite({ host: `127.0.0.${30 + i}` }));
    harness = await startCrawlHarness(
      'global-cap',
      [
        {
          name: 'wide',
          // Pages answer after 300 ms; no delay and a wide source cap, so only the global cap binds.
          startUrls: sites.flatMap((site) =>
            Array.from({ length: PAGES_PER_HOST }, (_, p) => `${site.origin}/slow/p${p}`),
          ),
          minDelayMs: 0,
          maxConcurrency: 32,
          allowPrivateNetwork: true,
          discover: false,
        },
      ],
      { CRAWL_CONCURRENCY: '4', CRAWL_GLOBAL_CONCURRENCY: '1', DEFAULT_HOST_DELAY_MS: '0' },
    );
    await harness.startCrawler();
    await harness.startCrawler();
  });

  after(async () => {
    await harness?.close();
    await Promise.all(sites.map((site) => site.close()));
  });

  it('never has more fetches in flight than the global cap', async () => {
    await waitFor('every page published', () => harness.pages.length >= HOSTS * PAGES_PER_HOST, {
      timeoutMs: 60_000,
    });
    const requests = sites.flatMap((site) => site.requests);
    const events = requests.flatMap((request) => [
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
    assert.equal(most, 1, `${most} requests in flight across the sites`);
  });
});
