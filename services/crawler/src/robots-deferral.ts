// robots.txt could not be read (429, 5xx, timeout, network): RFC 9309 says to crawl nothing of
// the host meanwhile, so the host is deferred — until the site's Retry-After, else a doubling
// backoff — and robots.txt is asked again then. Pages wait; none is failed or called disallowed.
// An outage longer than ROBOTS_OUTAGE_MS becomes one failure for the host.
import type { PolitenessScheduler } from '@newsflow/crawl';
import type { Logger } from '@newsflow/observability';
import type { Job } from 'bullmq';
import type { CrawlMetrics } from './crawl-metrics.ts';
import type { RedisFailureCauses } from './failure-causes.ts';
import { hostCause } from './failure-policy.ts';
import { type FailureRecordDeps, recordFailure } from './failure-record.ts';
import type { FetchJob } from './frontier.ts';
import { type RedisRobotsOutages, robotsRetryDelayMs } from './robots-outage.ts';

export interface RobotsDeferralDeps extends FailureRecordDeps {
  politeness: PolitenessScheduler;
  robotsOutages: RedisRobotsOutages;
  failureCauses: Pick<RedisFailureCauses, 'firstTime' | 'resolved'>;
  metrics: CrawlMetrics;
  robotsOutageMs: number;
  retryBackoffMs: number;
}

export interface RobotsProblem {
  reason: string;
  status: number | null;
  retryAfterMs: number | null;
  message: string;
}

export type RobotsDeferral = { outcome: 'deferred'; until: number } | { outcome: 'outage' };

/** Defers the host after a failed robots.txt fetch; 'outage' once it has lasted too long. */
export async function deferForRobots(
  deps: RobotsDeferralDeps,
  job: Job<FetchJob>,
  problem: RobotsProblem,
  context: { source: string; url: string; traceId: string; logger: Logger },
): Promise<RobotsDeferral> {
  const { origin, host } = new URL(context.url);
  const now = Date.now();
  const outage = await deps.robotsOutages.record(origin, now);
  const deferMs = robotsRetryDelayMs(outage.attempts, problem.retryAfterMs, deps.retryBackoffMs);
  const until = now + deferMs;
  await deps.politeness.deferUntil(host, until);
  deps.metrics.robotsUnavailable(context.source, host, problem.reason);
  const outageMs = now - outage.sinceMs;
  context.logger.warn(
    {
      host,
      reason: problem.reason,
      status: problem.status,
      retryAfterMs: problem.retryAfterMs,
      deferMs,
      attempts: outage.attempts,
      outageMs,
    },
    `robots.txt unavailable: host deferred: ${problem.message}`,
  );
  if (outageMs < deps.robotsOutageMs) return { outcome: 'deferred', until };
  if (
    (await deps.robotsOutages.markReported(origin)) &&
    (await deps.failureCauses.firstTime(context.source, hostCause(host)))
  ) {
    const minutes = Math.round(outageMs / 60_000);
    await recordFailure(
      deps,
      job,
      {
        kind: 'transient',
        reason: 'robots_unavailable',
        message: `robots.txt of ${origin} unreadable for ${minutes} min (${outage.attempts} attempts), last: ${problem.message}; the host's pages are not fetched until it answers`,
        attempts: outage.attempts,
        url: `${origin}/robots.txt`,
      },
      context.traceId,
      context.source,
    );
    context.logger.error(
      { host, attempts: outage.attempts, outageMs },
      'robots.txt outage recorded as a host failure',
    );
  }
  return { outcome: 'outage' };
}

/** robots.txt was read again: the outage and its failure cause are over. */
export async function robotsRecovered(
  deps: Pick<RobotsDeferralDeps, 'robotsOutages' | 'failureCauses'>,
  source: string,
  url: string,
  logger: Logger,
): Promise<void> {
  const { origin, host } = new URL(url);
  if (await deps.robotsOutages.clear(origin)) {
    await deps.failureCauses.resolved(source, hostCause(host));
    logger.info({ host }, 'robots.txt readable again');
  }
}
