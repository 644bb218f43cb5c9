import { TOPICS } from '@newsflow/contracts';
import type { FetchFailure, PolitenessScheduler } from '@newsflow/crawl';
import type { Logger } from '@newsflow/observability';
import type { Worker } from '@newsflow/stage';
import { DelayedError, type Job } from 'bullmq';
import type { CrawlMetrics } from './crawl-metrics.ts';
import type { FetchJob } from './frontier.ts';

export interface FetchFailureDeps {
  worker: Pick<Worker, 'topic' | 'store'>;
  politeness: PolitenessScheduler;
  metrics: CrawlMetrics;
  attempts: number;
}

/** Thrown to make BullMQ retry a fetch later (with its exponential backoff and jitter). */
class RetryableFetchError extends Error {
  override name = 'RetryableFetchError';
}

/**
 * A failed fetch: `Retry-After` (429/503) defers the host and puts the job back until then
 * (counted as an attempt); other transient failures are thrown for BullMQ's backoff; permanent
 * ones, and transient ones out of attempts, are recorded once in `failures`.
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
  await recordFailure(deps, job, { ...result, attempts: attempt }, context.traceId, source);
  logger.error(
    { reason: result.reason, kind: result.kind, attempt, status: result.status },
    `fetch failed for good: ${result.message}`,
  );
  return `failed:${result.reason}`;
}

/** One row in `failures`, with the job as its payload so an operator can replay it. */
export async function recordFailure(
  deps: Pick<FetchFailureDeps, 'worker'>,
  job: Job<FetchJob>,
  failure: { kind: 'transient' | 'permanent'; reason: string; message: string; attempts: number },
  traceId: string,
  source: string,
): Promise<void> {
  const topic = deps.worker.topic(TOPICS.pagesFetched);
  await deps.worker.store.failures.record({
    stage: 'crawler',
    topic,
    kind: failure.kind,
    reason: failure.reason,
    message: failure.message.slice(0, 4000),
    attempts: failure.attempts,
    payloadRef: { topic, partition: null, offset: null, key: job.data.url, jobId: job.id ?? null },
    payload: JSON.stringify(job.data),
    traceId,
    source,
    url: job.data.url,
  });
}
