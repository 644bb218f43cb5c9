// Discovery: a feed or sitemap the crawler fetched becomes fetch jobs for its item URLs (through
// the source's link filter and the shared frontier), and a start page yields the feeds it links
// and the sitemaps its robots.txt lists, polled from then on every round.
import { newTraceId } from '@newsflow/contracts';
import { discoverFeeds, type LinkFilter, parseFeed, parseSitemap, type RobotsGate } from '@newsflow/crawl';
import { decodeHtml } from '@newsflow/extract';
import type { Logger } from '@newsflow/observability';
import type { CrawlMetrics } from './crawl-metrics.ts';
import type { FetchJob, FetchKind, Frontier } from './frontier.ts';
import type { CrawlSource } from './source-registry.ts';
import type { RedisUrlShapes } from './url-shapes.ts';

// Bounds on what one listing can add, so a broken or hostile site cannot flood the frontier:
// 50 000 is the sitemap protocol's own per-file limit; 20 feeds/sitemaps per site is above
// what the sites in shared/corpus link (1–4) and keeps discovery rounds small.
const MAX_URLS_PER_LISTING = 50_000;
const MAX_DISCOVERED_LISTINGS = 20;
// News sites index one sitemap per day or month; the newest 50 (by lastmod) hold every article
// a recrawl can still call new.
const MAX_INDEX_CHILDREN = 50;

export interface DiscoveryDeps {
  frontier: Frontier;
  shapes: Pick<RedisUrlShapes, 'learn'>;
  metrics: CrawlMetrics;
  logger: Logger;
}

export interface ListingContext {
  source: CrawlSource;
  linkFilter: LinkFilter;
  url: string;
  round: number;
  logger: Logger;
}

/** The item URLs of a feed, admitted at depth 1. Returns how many were new. */
export async function admitFeedItems(
  deps: DiscoveryDeps,
  listing: ListingContext,
  body: Uint8Array,
  contentType: string | null,
): Promise<number> {
  const feed = parseFeed(decodeHtml(body, contentType), listing.url);
  const urls = feed.items.map((item) => item.url).filter((url): url is string => Boolean(url));
  const admitted = await admitUrls(deps, listing, urls, 'feed');
  listing.logger.info(
    { feedFormat: feed.format, items: feed.items.length, admitted: admitted.length },
    'feed polled',
  );
  return admitted.length;
}

/**
 * The URLs of a sitemap, admitted at depth 1; an index queues its newest child sitemaps for this
 * round and returns them (kept with the index's validators, so a 304 still polls them).
 * Google News entries (publication date, title) are logged as they are admitted.
 */
export async function admitSitemapUrls(
  deps: DiscoveryDeps,
  listing: ListingContext,
  body: Uint8Array,
): Promise<{ admitted: number; children: string[] | null }> {
  const sitemap = parseSitemap(body, listing.url);
  if (sitemap.kind === 'index') {
    const children = [...sitemap.sitemaps]
      .sort((a, b) => (b.lastModified ?? '').localeCompare(a.lastModified ?? ''))
      .slice(0, MAX_INDEX_CHILDREN)
      .map((child) => child.url);
    await queueSitemaps(deps, listing, children);
    listing.logger.info(
      { sitemaps: children.length, listed: sitemap.sitemaps.length },
      'sitemap index polled',
    );
    return { admitted: 0, children };
  }
  const entries = sitemap.urls.slice(0, MAX_URLS_PER_LISTING);
  const admitted = new Set(
    await admitUrls(
      deps,
      listing,
      entries.map((entry) => entry.url),
      'sitemap',
    ),
  );
  let news = 0;
  for (const entry of entries) {
    if (!entry.news) continue;
    news++;
    const decision = listing.linkFilter(entry.url, 1);
    if (decision.accepted && admitted.has(decision.url))
      listing.logger.info(
        { articleUrl: entry.url, title: entry.news.title, publishedAt: entry.news.publishedAt },
        'news sitemap entry admitted',
      );
  }
  listing.logger.info({ urls: entries.length, news, admitted: admitted.size }, 'sitemap polled');
  return { admitted: admitted.size, children: null };
}

/** Queues child sitemaps of an index for this round. */
export async function queueSitemaps(deps: DiscoveryDeps, listing: ListingContext, urls: string[]) {
  for (const url of urls) await queueListing(deps, listing, 'sitemap', url);
}

/**
 * From a start page: the feeds it links (`<link rel=alternate>`) and the sitemaps its robots.txt
 * lists, when the source configures none. They are remembered, so later rounds poll them even
 * when the start page answers 304, and queued for this round.
 */
export async function discoverListings(
  deps: DiscoveryDeps,
  listing: ListingContext,
  html: string,
  robots: RobotsGate,
): Promise<void> {
  const { source } = listing;
  if (!source.discover) return;
  const found: Array<[FetchKind, string]> = [];
  if (source.feeds.length === 0)
    for (const feed of discoverFeeds(html, listing.url)) found.push(['feed', feed.url]);
  if (source.sitemaps.length === 0) {
    const sitemaps = await robots.sitemaps(listing.url).catch(() => [] as string[]);
    for (const sitemap of sitemaps) found.push(['sitemap', sitemap]);
  }
  for (const [kind, url] of found.slice(0, MAX_DISCOVERED_LISTINGS)) {
    if (await deps.frontier.rememberListing(source._id, kind, url)) {
      listing.logger.info({ kind, listingUrl: url }, 'listing discovered');
      await queueListing(deps, listing, kind, url);
    }
  }
}

async function queueListing(deps: DiscoveryDeps, listing: ListingContext, kind: FetchKind, url: string) {
  await deps.frontier.recrawl({
    source: listing.source._id,
    url,
    depth: 0,
    traceId: newTraceId(),
    kind,
    round: listing.round,
  });
}

/**
 * A feed's or sitemap's URLs through the source's link filter into the frontier. They are the
 * source's articles: their shapes are learned, so links of the same shape are recognised later.
 */
async function admitUrls(
  deps: DiscoveryDeps,
  listing: ListingContext,
  urls: string[],
  via: 'feed' | 'sitemap',
): Promise<string[]> {
  const jobs: FetchJob[] = [];
  for (const url of urls) {
    const decision = listing.linkFilter(url, 1);
    if (decision.accepted)
      jobs.push({
        source: listing.source._id,
        url: decision.url,
        depth: 1,
        traceId: newTraceId(),
        context: via,
      });
  }
  await deps.shapes.learn(
    listing.source._id,
    jobs.map((job) => job.url),
  );
  const admitted = await deps.frontier.admit(jobs);
  deps.metrics.admitted(listing.source._id, via, admitted.length);
  return admitted;
}
