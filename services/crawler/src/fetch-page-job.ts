import { newTraceId, type PageFetched, PageFetchedV1 } from '@newsflow/contracts';
import type { FetchedPage, PageFetcher, RobotsGate } from '@newsflow/crawl';
import { decodeHtml } from '@newsflow/extract';
import { type Logger, withTrace } from '@newsflow/observability';
import type { Job } from 'bullmq';
import { canonicalLinkOf } from './canonical-link.ts';
import { crawlContextOf } from './crawl-context.ts';
import {
  admitFeedItems,
  admitSitemapUrls,
  discoverListings,
  type ListingContext,
  queueSitemaps,
} from './discovery.ts';
import { urlCause } from './failure-policy.ts';
import { recordFailure } from './failure-record.ts';
import { type FetchFailureDeps, handleFailure, isReplay, RetryableFetchError } from './fetch-failure.ts';
import type { FetchPaths } from './fetch-paths.ts';
import { contentHashOf, type FetchState, type RedisFetchState } from './fetch-state.ts';
import { type FetchJob, type Frontier, roundOf } from './frontier.ts';
import type { HostClaimDeps } from './host-claim.ts';
import type { PageBatcher } from './page-batcher.ts';
import { fetchPolitely } from './polite-fetch.ts';
import { planRevisits } from './revisit-plan.ts';
import type { SourceActivity } from './source-activity.ts';
import { type CrawlSource, canonicalFor, type SourceRegistry } from './source-registry.ts';
import type { RedisUrlShapes } from './url-shapes.ts';

/** A fetcher and its robots.txt gate; one pair for public sites, one allowed private addresses. */
export interface FetchPath {
  fetcher: PageFetcher;
  robots: RobotsGate;
}

export interface FetchPageDeps extends HostClaimDeps, FetchFailureDeps {
  pages: Pick<PageBatcher, 'publish'>;
  activity: Pick<SourceActivity, 'crawled' | 'newArticle'>;
  paths: Pick<FetchPaths, 'pathFor'>;
  sources: Pick<SourceRegistry, 'get'>;
  frontier: Frontier;
  shapes: RedisUrlShapes;
  fetchState: RedisFetchState;
  logger: Logger;
}

/**
 * Fetches one URL politely; a page is published as `pages.fetched.v1`, a feed or sitemap is
 * mined for new URLs:
 * - politeness: the host's slot is claimed in Redis (shared by all crawler processes); a busy host
 *   delays the job instead of holding a worker; robots.txt Crawl-delay raises the host's delay;
 * - robots.txt is honoured on every hop (the gate caches it in Redis);
 * - conditional GET from the URL's stored validators: a 304, or a 200 with the bytes last
 *   published, is not published again;
 * - an article is fetched again on its source's `revisitAfterMinutes` (timed from its first
 *   fetch), so corrections and updates reach the pipeline;
 * - `Retry-After` (429/503) defers the host and puts the job back until then; other transient
 *   failures (timeouts, 5xx) are retried by BullMQ with backoff; permanent ones, and transient
 *   ones out of attempts, are recorded once in `failures` with their reason.
 */
export function createPageFetchJob(deps: FetchPageDeps) {
  return async function fetchPageJob(job: Job<FetchJob>, token?: string): Promise<string> {
    const { url, depth } = job.data;
    const revisitsDone = job.data.revisit ?? 0;
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
    // An article's first fetch: skipped when another job fetched it already (by a redirect). A
    // replay is fetched whatever was fetched before: an operator asked for it.
    const firstFetch = !isListing && revisitsDone === 0 && !isReplay(job);
    const duplicate = () => {
      logger.info('already fetched under this name or through a redirect: not fetched again');
      deps.metrics.duplicate(source._id, host);
      return 'duplicate';
    };
    const fetched = await fetchPolitely(deps, job, token, {
      source,
      path,
      url,
      host,
      kind,
      isListing,
      firstFetch,
      conditional: isListing || revisitsDone > 0,
      traceId,
      logger,
    });
    if (fetched.outcome === 'duplicate') return duplicate();
    if (fetched.outcome === 'host-unavailable') return 'host-unavailable';
    const { result, previous, fetchedAt } = fetched;
    const revisits = planRevisits(source, job.data, fetchedAt.getTime());
    const seconds = result.timings.totalMs / 1000;

    // The chain met a busy host or an unreadable robots.txt on the way: later, with backoff.
    if (!result.ok && result.reason === 'redirect_stopped')
      throw new RetryableFetchError(`redirect not followed: ${fetched.hopStop}`);
    if (!result.ok)
      return handleFailure(deps, job, token, result, { source: source._id, host, traceId, logger });
    if (isListing) await deps.failureCauses.resolved(source._id, urlCause(url));
    const keepState = async (state: Partial<FetchState>) => {
      if (isListing) await deps.fetchState.update(url, state);
      else if (revisits.next) await deps.fetchState.update(url, state, revisits.keepStateMs);
    };
    // Whatever this fetch brought (new, changed, unchanged), the article's next revisit is due;
    // its job id makes it once-only if this job is run again.
    if (revisits.next) await deps.frontier.revisit(revisits.next.job, revisits.next.delayMs);

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
      await keepState(validators);
      // An unchanged index still has children whose content may have changed.
      if (kind === 'sitemap' && previous?.children)
        await queueSitemaps(deps, listing, JSON.parse(previous.children) as string[]);
      deps.metrics.fetched(source._id, host, 'not_modified', result.wireBytes, seconds);
      if (revisitsDone > 0) deps.metrics.revisited(source._id, 'unchanged');
      logger.info({ status: result.status, ms: result.timings.totalMs }, 'page not modified');
      return 'not-modified';
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
        if (await deps.failureCauses.firstTime(source._id, urlCause(url)))
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
      await keepState(validators);
      deps.metrics.fetched(source._id, host, 'listing', result.wireBytes, seconds);
      return 'listing';
    }

    const contentHash = contentHashOf(result.body);
    if (previous?.contentHash === contentHash) {
      await keepState(validators);
      deps.metrics.fetched(source._id, host, 'unchanged', result.wireBytes, seconds);
      if (revisitsDone > 0) deps.metrics.revisited(source._id, 'unchanged');
      logger.info({ status: result.status }, 'page unchanged since last fetch: not published');
      return 'unchanged';
    }
    const html = decodeHtml(result.body, result.contentType);
    // The page's own canonical URL is the same article: it is not fetched again under that name.
    const canonical = canonicalLinkOf(html, result.finalUrl);
    const canonicalKey = canonical ? canonicalFor(source, canonical) : null;
    if (canonicalKey && canonicalKey !== url && linkFilter(canonicalKey, depth).accepted)
      await deps.frontier.markSeen(source._id, canonicalKey);
    await publishPage(deps, source, job.data, result, html, traceId, fetchedAt, canonical);
    await keepState({ ...validators, contentHash });
    if (depth === 0) await discoverListings(deps, listing, html, path.robots);
    // A page at depth ≥ 1 was admitted because its URL was new to the frontier: a new article
    // (or a new page of the site), the signal that the source is still producing.
    else if (revisitsDone === 0) deps.activity.newArticle(source._id, fetchedAt);
    deps.metrics.fetched(source._id, host, 'published', result.wireBytes, seconds);
    if (revisitsDone > 0) deps.metrics.revisited(source._id, 'changed');
    logger.info(
      {
        status: result.status,
        revisit: revisitsDone || undefined,
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
  canonical: string | null,
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
    crawlContext: crawlContextOf(job),
    html,
    ...(source.timezone ? { timezone: source.timezone } : {}),
    ...(source.language ? { language: source.language } : {}),
    // Recorded when they fit the message contract (URLs up to 4 096 characters); logged either way.
    ...(result.redirects.length > 0 &&
    result.redirects.every((hop) => fitsContract(hop.from) && fitsContract(hop.to))
      ? { redirects: result.redirects.slice(0, 10) }
      : {}),
    ...(canonical && fitsContract(canonical) ? { canonicalUrl: canonical } : {}),
  });
  // Batched with other jobs' pages and compressed: a 5 MB page travels inside the broker's 10 MB limit.
  await deps.pages.publish(
    { key: result.finalUrl, value: page, headers: { 'trace-id': traceId } },
    html.length + 1024,
  );
}

const fitsContract = (url: string) => url.length <= 4096;
