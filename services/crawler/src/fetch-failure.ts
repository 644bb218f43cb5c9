import type { FetchFailure } from '@newsflow/crawl';
import type { Logger } from '@newsflow/observability';
import { DelayedError, type Job } from 'bullmq';
import { decideFailure } from './failure-policy.ts';
import { recordFailure } from './failure-record.ts';
import type { FetchJob, Frontier } from './frontier.ts';
import { deferForRobots, type RobotsDeferralDeps } from './robots-deferral.ts';

export interface FetchFailureDeps extends RobotsDeferralDeps {
  frontier: Pick<Frontier, 'forget'>;
  attempts: number;
}

/** Thrown to make BullMQ retry a fetch later (with its exponential backoff and jitter). */
export class RetryableFetchError extends Error {
  override name = 'RetryableFetchError';
}

/**
 * A failed fetch: robots.txt unreadable defers the host (robots-deferral.ts); `Retry-After`
 * (429/503) defers the host and puts the job back until then (counted as an attempt); other
 * transient failures are thrown for BullMQ's backoff. What is left is final: a start URL, feed,
 * sitemap or revisited article is recorded in `failures` once per cause, a host that cannot be
 * reached once per host, and a link that leads nowhere is a dead link — counted, remembered
 * (its URL stays in the seen-set), not listed.
 */
export async function handleFailure(
  deps: FetchFailureDeps,
  job: Job<FetchJob>,
  token: string | undefined,
  result: FetchFailure,
  context: { source: string; host: string; traceId: string; logger: Logger },
): Promise<string> {
  const { source, host, logger } = context;
  deps.metrics.failed(source, host, result.reason, result.kind, result.timings.totalMs / 1000);
  if (result.reason === 'robots_unavailable') {
    const deferral = await deferForRobots(deps, job, result, { ...context, url: result.url });
    if (deferral.outcome === 'deferred') {
      await job.moveToDelayed(deferral.until, token);
      throw new DelayedError();
    }
    await deps.frontier.forget(source, job.data.url);
    return 'host-unavailable';
  }
  const attempt = job.attemptsMade + (job.data.deferrals ?? 0) + 1;
  if (result.retryAfterMs !== null) await deps.politeness.deferUntil(host, Date.now() + result.retryAfterMs);
  if (result.kind === 'transient' && attempt < deps.attempts) {
    logger.warn(
      { reason: result.reason, attempt, retryAfterMs: result.retryAfterMs },
      `fetch failed, will retry: ${result.message}`,
    );
    if (result.retryAfterMs !== null) {
      // The site said when: wait exactly that long rather than the blind backoff.
      await job.updateData({ ...job.data, deferrals: (job.data.deferrals ?? 0) + 1 });
      await job.moveToDelayed(Date.now() + result.retryAfterMs, token);
      throw new DelayedError();
    }
    throw new RetryableFetchError(`${result.reason}: ${result.message}`);
  }
  const decision = decideFailure(job.data, result.reason);
  const details = { reason: result.reason, kind: result.kind, attempt, status: result.status };
  // A replay is an operator asking again: its outcome is listed whatever was listed before.
  const replay = isReplay(job);
  if (decision.action === 'dead-link' && !replay) {
    deps.metrics.deadLink(source, String(result.status ?? result.reason));
    logger.info(details, `dead link, not fetched again: ${result.message}`);
    return `dead-link:${result.reason}`;
  }
  if (
    replay ||
    (decision.action !== 'dead-link' && (await deps.failureCauses.firstTime(source, decision.cause)))
  ) {
    const message =
      decision.action === 'host' ? `host ${host} unreachable: ${result.message}` : result.message;
    const failure = { kind: result.kind, reason: result.reason, message, attempts: attempt };
    await recordFailure(deps, job, failure, context.traceId, source);
    logger.error(details, `fetch failed for good: ${message}`);
  } else logger.warn(details, `fetch failed for good, already listed: ${result.message}`);
  return `failed:${result.reason}`;
}

/** A job the API queued to replay a failure (`replay-<failure id>`). */
export function isReplay(job: Pick<Job, 'id'>): boolean {
  return String(job.id ?? '').startsWith('replay-');
}
