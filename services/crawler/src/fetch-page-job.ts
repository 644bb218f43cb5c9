import { newTraceId, type PageFetched, PageFetchedV1, TOPICS } from '@newsflow/contracts';
import type { FetchedPage, FetchResult, PageFetcher, PolitenessScheduler, RobotsGate } from '@newsflow/crawl';
import { decodeHtml } from '@newsflow/extract';
import { type Logger, withTrace } from '@newsflow/observability';
import type { Worker } from '@newsflow/stage';
import { DelayedError, type Job } from 'bullmq';
import { canonicalLinkOf } from './canonical-link.ts';
import type { CrawlMetrics } from './crawl-metrics.ts';
import {
  admitFeedItems,
  admitSitemapUrls,
  discoverListings,
  type ListingContext,
  queueSitemaps,
} from './discovery.ts';
import type { FetchPaths } from './fetch-paths.ts';
import { contentHashOf, type FetchState, type RedisFetchState } from './fetch-state.ts';
import { type FetchJob, type Frontier, roundOf } from './frontier.ts';
import type { PageBatcher } from './page-batcher.ts';
import type { RedisRobotsCache } from './redis-robots-cache.ts';
import type { SourceActivity } from './source-activity.ts';
import { type CrawlSource, canonicalFor, type SourceRegistry } from './source-registry.ts';
import type { RedisSourceSlots } from './source-slots.ts';

/** A fetcher and its robots.txt gate; one pair for public sites, one allowed private addresses. */
export interface FetchPath {
  fetcher: PageFetcher;
  robots: RobotsGate;
}

export interface FetchPageDeps {
  worker: Pick<Worker, 'topic' | 'store'>;
  pages: Pick<PageBatcher, 'publish'>;
  activity: Pick<SourceActivity, 'crawled' | 'newArticle'>;
  paths: Pick<FetchPaths, 'pathFor'>;
  politeness: PolitenessScheduler;
  robotsCache: Pick<RedisRobotsCache, 'has'>;
  sourceSlots: Pick<RedisSourceSlots, 'tryAcquire' | 'release'>;
  sources: Pick<SourceRegistry, 'get'>;
  frontier: Frontier;
  fetchState: RedisFetchState;
  metrics: CrawlMetrics;
  attempts: number;
  logger: Logger;
}

// Sitemaps may hold 50 MB uncompressed (protocol limit); the fetcher's decoded limit is 4 × the
// wire limit, so 12.5 MB on the wire lets a full-size gzip sitemap through.
const SITEMAP_MAX_WIRE_BYTES = 12.5 * 1024 * 1024;

// A source at its maxConcurrency has no "free at" time to wait for: its job looks again this much
// later. A quarter second is below any fetch worth capping and keeps the polling to 4/s per job.
const SOURCE_BUSY_RETRY_MS = 250;

/** Thrown to make BullMQ retry a fetch later (with its exponential backoff and jitter). */
class RetryableFetchError extends Error {
  override name = 'RetryableFetchError';
}

/**
 * Fetches one URL politely; a page is published as `pages.fetched.v1`, a feed or sitemap is
 * mined for new URLs:
 * - politeness: the host's slot is claimed in Redis (shared by all crawler processes); a busy host
 *   delays the job instead of holding a worker; robots.txt Crawl-delay raises the host's delay;
 * - robots.txt is honoured on every hop (the gate caches it in Redis);
 * - conditional GET from the URL's stored validators: a 304, or a 200 with the bytes last
 *   published, is not published again;
 * - `Retry-After` (429/503) defers the host and puts the job back until then; other transient
 *   failures (timeouts, 5xx) are retried by BullMQ with backoff; permanent ones, and transient
 *   ones out of attempts, are recorded once in `failures` with their reason.
 */
export function createPageFetchJob(deps: FetchPageDeps) {
  return async function fetchPageJob(job: Job<FetchJob>, token?: string): Promise<string> {
    const { url, depth } = job.data;
    const kind = job.data.kind ?? 'page';
    const isListing = kind !== 'page' || depth === 0;
    const traceId = job.data.traceId || newTraceId();
    const logger = withTrace(deps.logger, { traceId, url, source: job.data.source }).child({ kind });
    const { source, linkFilter } = await deps.sources.get(job.data.source);
    if (!source?.enabled || !linkFilter) {
      logger.info('source unknown or disabled: fetch skipped');
      return 'skipped';
    }
    const path = deps.paths.pathFor(source);
    const host = new URL(url).host;
    const applyDelay = async () => {
      const crawlDelayMs = (await path.robots.crawlDelayMs(url).catch(() => null)) ?? 0;
      await deps.politeness.setDelay(host, Math.max(source.minDelayMs, crawlDelayMs));
    };
    const robotsKnown = await deps.robotsCache.has(new URL(url).origin);
    // Until robots.txt is known, the source's own minimum holds (a zero delay would not
    // keep a second process off the host while the first fetches robots.txt).
    if (robotsKnown) await applyDelay();
    else await deps.politeness.setDelay(host, source.minDelayMs);
    // The source's cap first: giving it back has no side effect, unlike a host slot.
    const sourceSlot = await deps.sourceSlots.tryAcquire(source._id, source.maxConcurrency);
    if (!sourceSlot) {
      deps.metrics.politenessWait(source._id, host, SOURCE_BUSY_RETRY_MS);
      await job.moveToDelayed(Date.now() + SOURCE_BUSY_RETRY_MS, token);
      throw new DelayedError();
    }
    let result: FetchResult;
    let previous: FetchState | null;
    const fetchedAt = new Date();
    try {
      const slot = await deps.politeness.tryAcquire(host);
      if (!slot.granted) {
        deps.metrics.politenessWait(source._id, host, slot.retryAt - Date.now());
        await job.moveToDelayed(slot.retryAt, token);
        throw new DelayedError();
      }
      if (!robotsKnown) {
        // robots.txt is a request to the host like any other: it takes this slot, its Crawl-delay
        // is set before the slot is released, and the page waits for the next slot.
        try {
          await applyDelay();
        } finally {
          await deps.politeness.release(slot.lease);
        }
        await job.moveToDelayed(Date.now(), token);
        throw new DelayedError();
      }
      // Only listings keep fetch state: an article URL is admitted once, so its validators would
      // never be used and would cost Redis memory per article for 30 days.
      previous = isListing ? await deps.fetchState.get(url) : null;
      try {
        result = await path.fetcher.fetch(url, {
          accept: kind === 'page' ? 'html' : 'any',
          robots: path.robots,
          etag: previous?.etag ?? null,
          lastModified: previous?.lastModified ?? null,
          ...(kind === 'sitemap' ? { maxBodyBytes: SITEMAP_MAX_WIRE_BYTES } : {}),
        });
      } finally {
        await deps.politeness.release(slot.lease);
      }
    } finally {
      await deps.sourceSlots.release(sourceSlot);
    }
    for (const hop of result.redirects) logger.info(hop, 'redirect followed');
    const seconds = result.timings.totalMs / 1000;

    if (!result.ok) {
      deps.metrics.failed(source._id, host, result.reason, result.kind, seconds);
      const attempt = job.attemptsMade + (job.data.deferrals ?? 0) + 1;
      if (result.retryAfterMs !== null)
        await deps.politeness.deferUntil(host, Date.now() + result.retryAfterMs);
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
      await recordFailure(deps, job, { ...result, attempts: attempt }, traceId, source._id);
      logger.error(
        { reason: result.reason, kind: result.kind, attempt, status: result.status },
        `fetch failed for good: ${result.message}`,
      );
      return `failed:${result.reason}`;
    }

    deps.activity.crawled(source._id, fetchedAt);
    const validators: Partial<FetchState> = {
      etag: result.etag,
      lastModified: result.lastModified,
      fetchedAt: fetchedAt.getTime(),
    };
    const listing: ListingContext = {
      source,
      linkFilter,
      url: result.finalUrl,
      round: job.data.round ?? roundOf(source.recrawlIntervalMinutes),
      logger,
    };
    if (result.notModified) {
      await deps.fetchState.update(url, validators);
      // An unchanged index still has children whose content may have changed.
      if (kind === 'sitemap' && previous?.children)
        await queueSitemaps(deps, listing, JSON.parse(previous.children) as string[]);
      deps.metrics.fetched(source._id, host, 'not_modified', result.wireBytes, seconds);
      logger.info({ status: result.status, ms: result.timings.totalMs }, 'page not modified');
      return 'not-modified';
    }
    if (result.finalUrl !== url) {
      const target = canonicalFor(source, result.finalUrl);
      if (target) await deps.frontier.markSeen(source._id, target);
    }

    if (kind !== 'page') {
      try {
        if (kind === 'feed') await admitFeedItems(deps, listing, result.body, result.contentType);
        else {
          const { children } = await admitSitemapUrls(deps, listing, result.body);
          if (children) validators.children = JSON.stringify(children);
        }
      } catch (error) {
        const reason = kind === 'feed' ? 'unparseable_feed' : 'unparseable_sitemap';
        const message = (error as Error).message;
        await recordFailure(
          deps,
          job,
          { kind: 'permanent', reason, message, attempts: 1 },
          traceId,
          source._id,
        );
        logger.error({ reason }, `listing not parsed: ${message}`);
        return `failed:${reason}`;
      }
      await deps.fetchState.update(url, validators);
      deps.metrics.fetched(source._id, host, 'listing', result.wireBytes, seconds);
      return 'listing';
    }

    const contentHash = contentHashOf(result.body);
    if (previous?.contentHash === contentHash) {
      await deps.fetchState.update(url, validators);
      deps.metrics.fetched(source._id, host, 'unchanged', result.wireBytes, seconds);
      logger.info({ status: result.status }, 'page unchanged since last fetch: not published');
      return 'unchanged';
    }
    const html = decodeHtml(result.body, result.contentType);
    // The page's own canonical URL is the same article: it is not fetched again under that name.
    const canonical = canonicalLinkOf(html, result.finalUrl);
    const canonicalKey = canonical ? canonicalFor(source, canonical) : null;
    if (canonicalKey && canonicalKey !== url && linkFilter(canonicalKey, depth).accepted)
      await deps.frontier.markSeen(source._id, canonicalKey);
    await publishPage(deps, source, job.data, result, html, traceId, fetchedAt);
    if (isListing) await deps.fetchState.update(url, { ...validators, contentHash });
    if (depth === 0) await discoverListings(deps, listing, html, path.robots);
    // A page at depth ≥ 1 was admitted because its URL was new to the frontier: a new article
    // (or a new page of the site), the signal that the source is still producing.
    else
      await deps.worker.store.sources.updateOne(
        { _id: source._id },
        { $set: { lastNewArticleAt: fetchedAt } },
      );
    deps.metrics.fetched(source._id, host, 'published', result.wireBytes, seconds);
    logger.info(
      {
        status: result.status,
        bytes: result.wireBytes,
        decodedBytes: result.body.byteLength,
        ms: Math.round(result.timings.totalMs),
        redirects: result.redirects.length,
        canonical,
      },
      'page fetched',
    );
    return 'fetched';
  };
}

async function publishPage(
  deps: FetchPageDeps,
  source: CrawlSource,
  job: FetchJob,
  result: FetchedPage,
  html: string,
  traceId: string,
  fetchedAt: Date,
): Promise<void> {
  const page: PageFetched = PageFetchedV1.parse({
    schemaVersion: 1,
    traceId,
    source: source._id,
    url: job.url,
    finalUrl: result.finalUrl,
    status: result.status,
    contentType: result.contentType,
    fetchedAt: fetchedAt.toISOString(),
    depth: job.depth,
    html,
    ...(source.timezone ? { timezone: source.timezone } : {}),
    ...(source.language ? { language: source.language } : {}),
  });
  // Batched with other jobs' pages and gzipped: a 5 MB page travels inside the broker's 10 MB limit.
  await deps.pages.publish(
    { key: result.finalUrl, value: page, headers: { 'trace-id': traceId } },
    html.length + 1024,
  );
}

async function recordFailure(
  deps: FetchPageDeps,
  job: Job<FetchJob>,
  failure: { kind: 'transient' | 'permanent'; reason: string; message: string; attempts: number },
  traceId: string,
  source: string,
): Promise<void> {
  const topic = deps.worker.topic(TOPICS.pagesFetched);
  await deps.worker.store.failures.create({
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
    status: 'open',
    createdAt: new Date(),
  });
}
