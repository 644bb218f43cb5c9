// The request part of a fetch job: the host's politeness slot (robots.txt first if unknown), the
// URL's fetch claim (an article is fetched once, whatever names lead to it), the conditional
// GET with every redirect hop spaced by its host's delay, and every name it answered to marked
// seen. What the answer means is fetch-page-job.ts's business.
import type { FetchResult } from '@newsflow/crawl';
import type { Logger } from '@newsflow/observability';
import type { Job } from 'bullmq';
import type { FetchPath } from './fetch-page-job.ts';
import type { FetchState, RedisFetchState } from './fetch-state.ts';
import type { FetchJob, Frontier } from './frontier.ts';
import { claimHost, type HostClaimDeps } from './host-claim.ts';
import { createHopGuard, type HopStop } from './redirect-hops.ts';
import { type CrawlSource, canonicalFor } from './source-registry.ts';

export interface PoliteFetchDeps extends HostClaimDeps {
  frontier: Pick<Frontier, 'claimFetch' | 'markFetched' | 'markSeen' | 'forget'>;
  fetchState: Pick<RedisFetchState, 'get'>;
}

// Sitemaps may hold 50 MB uncompressed (protocol limit); the fetcher's decoded limit is 4 × the
// wire limit, so 12.5 MB on the wire lets a full-size gzip sitemap through.
const SITEMAP_MAX_WIRE_BYTES = 12.5 * 1024 * 1024;

export interface PoliteFetchRequest {
  source: CrawlSource;
  path: FetchPath;
  url: string;
  host: string;
  kind: 'page' | 'feed' | 'sitemap';
  isListing: boolean;
  /** An article's first fetch: skipped when another job fetched it already. */
  firstFetch: boolean;
  /** Listings and revisits send their stored validators (conditional GET). */
  conditional: boolean;
  traceId: string;
  logger: Logger;
}

export type PoliteFetchOutcome =
  | {
      outcome: 'fetched';
      result: FetchResult;
      previous: FetchState | null;
      hopStop: HopStop | null;
      /** When the request was about to be sent (the slot held): what revisits are timed from. */
      fetchedAt: Date;
    }
  /** Fetched already, under this name or through a redirect: nothing sent. */
  | { outcome: 'duplicate' }
  /** The host's robots.txt has been unreadable for long: the job is dropped (URL forgotten). */
  | { outcome: 'host-unavailable' };

/** Throws DelayedError when the job must wait (host busy, robots.txt unavailable for now). */
export async function fetchPolitely(
  deps: PoliteFetchDeps,
  job: Job<FetchJob>,
  token: string | undefined,
  request: PoliteFetchRequest,
): Promise<PoliteFetchOutcome> {
  const { source, path, url, host, kind, logger } = request;
  const claim = await claimHost(deps, job, token, {
    source,
    url,
    host,
    robots: path.robots,
    traceId: request.traceId,
    logger,
  });
  if (!claim.granted) {
    await deps.frontier.forget(source._id, url);
    logger.warn('robots.txt of the host unreadable for long: fetch dropped');
    return { outcome: 'host-unavailable' };
  }
  const owner = String(job.id);
  const hops = createHopGuard(deps, {
    source,
    robots: path.robots,
    host,
    delayMs: claim.delayMs,
    firstFetch: request.firstFetch,
    owner,
  });
  let result: FetchResult;
  let previous: FetchState | null;
  const fetchedAt = new Date();
  try {
    if (request.firstFetch) {
      if (!(await deps.frontier.claimFetch(source._id, url, owner))) return { outcome: 'duplicate' };
    } else if (request.isListing) await deps.frontier.markFetched(source._id, url);
    // An article's fetch state is kept only until its last revisit: its validators are used
    // by nothing else, and would cost Redis memory per article.
    previous = request.conditional ? await deps.fetchState.get(url) : null;
    result = await path.fetcher.fetch(url, {
      accept: kind === 'page' ? 'html' : 'any',
      robots: path.robots,
      etag: previous?.etag ?? null,
      lastModified: previous?.lastModified ?? null,
      beforeRedirect: hops.beforeRedirect,
      ...(kind === 'sitemap' ? { maxBodyBytes: SITEMAP_MAX_WIRE_BYTES } : {}),
    });
    // Retry-After defers the host before its slot is given back: no other job slips in.
    if (!result.ok && result.retryAfterMs !== null)
      await deps.politeness.deferUntil(new URL(result.url).host, Date.now() + result.retryAfterMs);
  } finally {
    await hops.release();
    await claim.release();
  }
  for (const hop of result.redirects) logger.info(hop, 'redirect followed');
  // Every name the page answered to is seen: none of them is admitted and fetched again.
  const names = result.redirects
    .map((hop) => canonicalFor(source, hop.to))
    .filter((name): name is string => name !== null && name !== url);
  await deps.frontier.markSeen(source._id, ...names);
  if (!result.ok && result.reason === 'redirect_stopped' && hops.stopped() === 'fetched')
    return { outcome: 'duplicate' };
  return { outcome: 'fetched', result, previous, hopStop: hops.stopped(), fetchedAt };
}
