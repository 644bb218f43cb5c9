import { newTraceId, type PageFetched, PageFetchedV1, TOPICS } from '@newsflow/contracts';
import type {
  FetchFailure,
  FetchResult,
  PageFetcher,
  PolitenessScheduler,
  RobotsGate,
} from '@newsflow/crawl';
import { decodeHtml } from '@newsflow/extract';
import { type Logger, withTrace } from '@newsflow/observability';
import type { Worker } from '@newsflow/stage';
import type { Source } from '@newsflow/store';
import { DelayedError, type Job } from 'bullmq';
import type { FetchJob } from './frontier.ts';

/** A fetcher and its robots.txt gate; one pair for public sites, one allowed private addresses. */
export interface FetchPath {
  fetcher: PageFetcher;
  robots: RobotsGate;
}

export interface FetchPageDeps {
  worker: Pick<Worker, 'publisher' | 'topic' | 'store'>;
  paths: { public: FetchPath; private: FetchPath };
  politeness: PolitenessScheduler;
  sourceByName: (name: string) => Promise<Source | null>;
  attempts: number;
  logger: Logger;
}

/** Thrown to make BullMQ retry a fetch later (with its exponential backoff and jitter). */
class RetryableFetchError extends Error {
  override name = 'RetryableFetchError';
}

/**
 * Fetches one page politely and publishes it as `pages.fetched.v1`:
 * - politeness: the host's slot is claimed in Redis (shared by all crawler processes); a busy host
 *   delays the job instead of holding a worker; robots.txt Crawl-delay raises the host's delay;
 * - robots.txt is honoured on every hop (the gate caches it in Redis);
 * - transient failures (timeouts, 5xx, 429 with Retry-After) are retried by BullMQ; permanent ones,
 *   and transient ones out of attempts, are recorded once in `failures` with their reason.
 */
export function createPageFetchJob(deps: FetchPageDeps) {
  return async function fetchPageJob(job: Job<FetchJob>, token?: string): Promise<string> {
    const { url, depth } = job.data;
    const traceId = job.data.traceId || newTraceId();
    const logger = withTrace(deps.logger, { traceId, url, source: job.data.source });
    const source = await deps.sourceByName(job.data.source);
    if (!source?.enabled) {
      logger.info('source unknown or disabled: fetch skipped');
      return 'skipped';
    }
    const path = source.allowPrivateNetwork ? deps.paths.private : deps.paths.public;
    const host = new URL(url).host;
    const crawlDelayMs = (await path.robots.crawlDelayMs(url).catch(() => null)) ?? 0;
    await deps.politeness.setDelay(host, Math.max(source.minDelayMs, crawlDelayMs));
    const slot = await deps.politeness.tryAcquire(host);
    if (!slot.granted) {
      await job.moveToDelayed(slot.retryAt, token);
      throw new DelayedError();
    }

    const fetchedAt = new Date();
    let result: FetchResult;
    try {
      result = await path.fetcher.fetch(url, { accept: 'html', robots: path.robots });
    } finally {
      await deps.politeness.release(slot.lease);
    }

    if (result.ok) {
      if (result.notModified) return 'not-modified';
      const page: PageFetched = PageFetchedV1.parse({
        schemaVersion: 1,
        traceId,
        source: source._id,
        url,
        finalUrl: result.finalUrl,
        status: result.status,
        contentType: result.contentType,
        fetchedAt: fetchedAt.toISOString(),
        depth,
        html: decodeHtml(result.body, result.contentType),
        ...(source.timezone ? { timezone: source.timezone } : {}),
        ...(source.language ? { language: source.language } : {}),
      });
      await deps.worker.publisher.publish(deps.worker.topic(TOPICS.pagesFetched), [
        { key: result.finalUrl, value: page, headers: { 'trace-id': traceId } },
      ]);
      await deps.worker.store.sources.updateOne({ _id: source._id }, { $set: { lastCrawlAt: fetchedAt } });
      logger.info(
        { status: result.status, bytes: result.body.byteLength, ms: result.timings.totalMs },
        'page fetched',
      );
      return 'fetched';
    }

    if (result.retryAfterMs !== null)
      await deps.politeness.deferUntil(host, Date.now() + result.retryAfterMs);
    const attempt = job.attemptsMade + 1;
    if (result.kind === 'transient' && attempt < deps.attempts) {
      logger.warn({ reason: result.reason, attempt }, `fetch failed, will retry: ${result.message}`);
      throw new RetryableFetchError(`${result.reason}: ${result.message}`);
    }
    await recordFetchFailure(deps, job, result, attempt, traceId, source._id);
    logger.error(
      { reason: result.reason, kind: result.kind, attempt },
      `fetch failed for good: ${result.message}`,
    );
    return `failed:${result.reason}`;
  };
}

async function recordFetchFailure(
  deps: FetchPageDeps,
  job: Job<FetchJob>,
  result: FetchFailure,
  attempts: number,
  traceId: string,
  source: string,
): Promise<void> {
  const topic = deps.worker.topic(TOPICS.pagesFetched);
  await deps.worker.store.failures.create({
    stage: 'crawler',
    topic,
    kind: result.kind,
    reason: result.reason,
    message: result.message.slice(0, 4000),
    attempts,
    payloadRef: { topic, partition: null, offset: null, key: job.data.url, jobId: job.id ?? null },
    payload: JSON.stringify(job.data),
    traceId,
    source,
    url: job.data.url,
    status: 'open',
    createdAt: new Date(),
  });
}
