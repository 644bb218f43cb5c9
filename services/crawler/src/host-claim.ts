import type { PolitenessScheduler, RobotsGate } from '@newsflow/crawl';
import { DelayedError, type Job } from 'bullmq';
import type { CrawlMetrics } from './crawl-metrics.ts';
import type { FetchJob } from './frontier.ts';
import type { RedisRobotsCache } from './redis-robots-cache.ts';
import type { CrawlSource } from './source-registry.ts';
import type { RedisSourceSlots } from './source-slots.ts';

export interface HostClaimDeps {
  politeness: PolitenessScheduler;
  robotsCache: Pick<RedisRobotsCache, 'has'>;
  sourceSlots: Pick<RedisSourceSlots, 'tryAcquire' | 'release'>;
  metrics: CrawlMetrics;
}

// A source at its maxConcurrency has no "free at" time to wait for: its job looks again this much
// later. A quarter second is below any fetch worth capping and keeps the polling to 4/s per job.
const SOURCE_BUSY_RETRY_MS = 250;

/**
 * Claims the right to send one request to the URL's host now: a slot of the source's
 * `maxConcurrency`, then the host's politeness slot (delay = max(source minimum, Crawl-delay)).
 * When either is taken, the job is put back (delayed) and DelayedError thrown. The first request
 * to an origin is its robots.txt, which uses the claim itself; the job then waits for the next
 * slot. Returns the release, to call once the response is read.
 */
export async function claimHost(
  deps: HostClaimDeps,
  job: Job<FetchJob>,
  token: string | undefined,
  target: { source: CrawlSource; url: string; host: string; robots: RobotsGate },
): Promise<() => Promise<void>> {
  const { source, url, host, robots } = target;
  const applyDelay = async () => {
    const crawlDelayMs = (await robots.crawlDelayMs(url).catch(() => null)) ?? 0;
    await deps.politeness.setDelay(host, Math.max(source.minDelayMs, crawlDelayMs));
  };
  const robotsKnown = await deps.robotsCache.has(new URL(url).origin);
  // Until robots.txt is known, the source's own minimum holds (a zero delay would not keep a
  // second process off the host while the first fetches robots.txt).
  if (robotsKnown) await applyDelay();
  else await deps.politeness.setDelay(host, source.minDelayMs);

  // The source's cap first: giving it back has no side effect, unlike a host slot.
  const sourceSlot = await deps.sourceSlots.tryAcquire(source._id, source.maxConcurrency);
  if (!sourceSlot) {
    deps.metrics.politenessWait(source._id, host, SOURCE_BUSY_RETRY_MS);
    await job.moveToDelayed(Date.now() + SOURCE_BUSY_RETRY_MS, token);
    throw new DelayedError();
  }
  const slot = await deps.politeness.tryAcquire(host).catch(async (error: unknown) => {
    await deps.sourceSlots.release(sourceSlot);
    throw error;
  });
  if (!slot.granted) {
    await deps.sourceSlots.release(sourceSlot);
    deps.metrics.politenessWait(source._id, host, slot.retryAt - Date.now());
    await job.moveToDelayed(slot.retryAt, token);
    throw new DelayedError();
  }
  const release = async () => {
    try {
      await deps.politeness.release(slot.lease);
    } finally {
      await deps.sourceSlots.release(sourceSlot);
    }
  };
  if (!robotsKnown) {
    // robots.txt is a request to the host like any other: it takes this slot, its Crawl-delay
    // is set before the slot is released, and the page waits for the next slot.
    try {
      await applyDelay();
    } finally {
      await release();
    }
    await job.moveToDelayed(Date.now(), token);
    throw new DelayedError();
  }
  return release;
}
