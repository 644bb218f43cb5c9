import { type PolitenessScheduler, type RobotsGate, RobotsUnavailableError } from '@newsflow/crawl';
import type { Logger } from '@newsflow/observability';
import { DelayedError, type Job } from 'bullmq';
import type { CrawlMetrics } from './crawl-metrics.ts';
import type { FetchJob } from './frontier.ts';
import type { RedisRobotsCache } from './redis-robots-cache.ts';
import {
  deferForRobots,
  type RobotsDeferral,
  type RobotsDeferralDeps,
  robotsRecovered,
} from './robots-deferral.ts';
import type { CrawlSource } from './source-registry.ts';
import type { RedisSourceSlots } from './source-slots.ts';

export interface HostClaimDeps extends RobotsDeferralDeps {
  politeness: PolitenessScheduler;
  robotsCache: Pick<RedisRobotsCache, 'has'>;
  sourceSlots: Pick<RedisSourceSlots, 'tryAcquire' | 'release'>;
  metrics: CrawlMetrics;
}

/** The right to send requests to the host now; `delayMs` is the host's delay between them. */
export type HostClaim =
  | { granted: true; release: () => Promise<void>; delayMs: number }
  /** robots.txt has been unreadable for longer than ROBOTS_OUTAGE_MS: the job is dropped. */
  | { granted: false };

// A source at its maxConcurrency has no "free at" time to wait for: its job looks again this much
// later. A quarter second is below any fetch worth capping and keeps the polling to 4/s per job.
const SOURCE_BUSY_RETRY_MS = 250;

/** The host's delay: the larger of the source's minimum and robots.txt Crawl-delay. */
export async function hostDelayMs(source: CrawlSource, robots: RobotsGate, url: string): Promise<number> {
  const crawlDelayMs = (await robots.crawlDelayMs(url)) ?? 0;
  return Math.max(source.minDelayMs, crawlDelayMs);
}

/**
 * Claims the right to send one request to the URL's host now: a slot of the source's
 * `maxConcurrency`, then the host's politeness slot (delay = max(source minimum, Crawl-delay)).
 * When either is taken, the job is put back (delayed) and DelayedError thrown. The first request
 * to an origin is its robots.txt, which uses the claim itself; the job then waits for the next
 * slot. robots.txt unreadable (429, 5xx, network) defers the host (robots-deferral.ts). Returns
 * the release, to call once the response is read.
 */
export async function claimHost(
  deps: HostClaimDeps,
  job: Job<FetchJob>,
  token: string | undefined,
  target: {
    source: CrawlSource;
    url: string;
    host: string;
    robots: RobotsGate;
    traceId: string;
    logger: Logger;
  },
): Promise<HostClaim> {
  const { source, url, host, robots } = target;
  const robotsKnown = await deps.robotsCache.has(new URL(url).origin);
  const context = { source: source._id, url, traceId: target.traceId, logger: target.logger };
  // Until robots.txt is known, the source's own minimum holds, and at least 1 ms: a zero delay
  // lets requests overlap, and robots.txt must be alone (a second job would ask for it too, or
  // slip in before a 429 defers the host).
  let delayMs = Math.max(1, source.minDelayMs);
  if (robotsKnown) {
    try {
      delayMs = await hostDelayMs(source, robots, url);
    } catch (error) {
      // The cached robots.txt expired between the two looks and could not be read again.
      if (!(error instanceof RobotsUnavailableError)) throw error;
      const deferral = await deferForRobots(deps, job, error, context);
      if (deferral.outcome === 'outage') return { granted: false };
      await job.moveToDelayed(deferral.until, token);
      throw new DelayedError();
    }
  }
  await deps.politeness.setDelay(host, delayMs);

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
  if (robotsKnown) return { granted: true, release, delayMs };

  // robots.txt is a request to the host like any other: it takes this slot, its Crawl-delay
  // is set before the slot is released, and the page waits for the next slot.
  let deferral: RobotsDeferral | null = null;
  try {
    delayMs = await hostDelayMs(source, robots, url);
    await deps.politeness.setDelay(host, delayMs);
  } catch (error) {
    if (!(error instanceof RobotsUnavailableError)) throw error;
    // Deferred while the slot is still held: no other job slips in between.
    deferral = await deferForRobots(deps, job, error, context);
  } finally {
    await release();
  }
  if (!deferral) {
    await robotsRecovered(deps, source._id, url, target.logger);
    await job.moveToDelayed(Date.now(), token);
    throw new DelayedError();
  }
  if (deferral.outcome === 'outage') return { granted: false };
  await job.moveToDelayed(deferral.until, token);
  throw new DelayedError();
}
