import { newTraceId, type PageFetched, PageFetchedV1, TOPICS } from '@newsflow/contracts';
import type { FetchResult, PageFetcher } from '@newsflow/crawl';
import { decodeHtml } from '@newsflow/extract';
import { type Logger, withTrace } from '@newsflow/observability';
import type { Worker } from '@newsflow/stage';
import type { Source } from '@newsflow/store';
import type { Job } from 'bullmq';
import type { FetchJob } from './frontier.ts';
import type { createHostPoliteness } from './politeness.ts';

export interface FetchPageDeps {
  worker: Pick<Worker, 'publisher' | 'topic' | 'store'>;
  /** A fetcher for public sites, and one allowed to reach private addresses (local demo/test sources). */
  fetchers: { public: PageFetcher; private: PageFetcher };
  politeness: ReturnType<typeof createHostPoliteness>;
  sourceByName: (name: string) => Promise<Source | null>;
  attempts: number;
  logger: Logger;
}

/** Thrown to make BullMQ retry a fetch later (with its exponential backoff and jitter). */
class RetryableFetchError extends Error {
  override name = 'RetryableFetchError';
}

/**
 * Fetches one page politely and publishes it as `pages.fetched.v1`. Transient failures (timeouts,
 * 5xx, 429) are retried by BullMQ; permanent ones, and transient ones out of attempts, are
 * recorded once in the failures collection with their reason.
 */
export function createPageFetchJob(deps: FetchPageDeps) {
  return async function fetchPageJob(job: Job<FetchJob>): Promise<string> {
    const { url, depth } = job.data;
    const traceId = job.data.traceId || newTraceId();
    const logger = withTrace(deps.logger, { traceId, url, source: job.data.source });
    const source = await deps.sourceByName(job.data.source);
    if (!source?.enabled) {
      logger.info('source unknown or disabled: fetch skipped');
      return 'skipped';
    }
    await deps.politeness.waitForSlot(new URL(url).host, source.minDelayMs);
    const fetcher = source.allowPrivateNetwork ? deps.fetchers.private : deps.fetchers.public;
    const fetchedAt = new Date();
    const result: FetchResult = await fetcher.fetch(url, { accept: 'html' });

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

    const attempt = job.attemptsMade + 1;
    if (result.kind === 'transient' && attempt < deps.attempts) {
      logger.warn({ reason: result.reason, attempt }, `fetch failed, will retry: ${result.message}`);
      throw new RetryableFetchError(`${result.reason}: ${result.message}`);
    }
    await deps.worker.store.failures.create({
      stage: 'crawler',
      topic: deps.worker.topic(TOPICS.pagesFetched),
      kind: result.kind,
      reason: result.reason,
      message: result.message.slice(0, 4000),
      attempts: attempt,
      payloadRef: {
        topic: deps.worker.topic(TOPICS.pagesFetched),
        partition: null,
        offset: null,
        key: url,
        jobId: job.id ?? null,
      },
      payload: JSON.stringify(job.data),
      traceId,
      source: source._id,
      url,
      status: 'open',
      createdAt: new Date(),
    });
    logger.error(
      { reason: result.reason, kind: result.kind, attempt },
      `fetch failed for good: ${result.message}`,
    );
    return `failed:${result.reason}`;
  };
}
