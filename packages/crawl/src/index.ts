// @newsflow/crawl: fetching and discovery for the crawler service. Pure parsing and policy
// plus one HTTP client; queues, Redis and Kafka are wired by services/crawler.

// Discovery
export {
  CONVENTIONAL_DISCOVERY_PATHS,
  type DiscoveredFeed,
  discoverFeeds,
  sitemapsFromRobotsTxt,
} from './discovery/discover-sources.ts';
export { type FeedItem, FeedParseError, type ParsedFeed, parseFeed } from './discovery/feeds.ts';
export {
  createLinkFilter,
  type LinkDecision,
  type LinkFilter,
  type LinkFilterOptions,
  type LinkRejection,
} from './discovery/link-filter.ts';
export {
  type NewsSitemapEntry,
  type ParsedSitemap,
  parseSitemap,
  SitemapParseError,
  type SitemapUrl,
} from './discovery/sitemaps.ts';
export {
  isNonContentUrl,
  listingWords,
  looksLikeArticleByForm,
  looksLikeListingByForm,
  sectionsOfShape,
  urlShape,
} from './discovery/url-shape.ts';
// Fetching
export type {
  FailureKind,
  FailureReason,
  FetchedPage,
  FetchFailure,
  FetchResult,
  FetchTimings,
  RedirectHop,
} from './fetch/fetch-result.ts';
export {
  type AcceptedContent,
  type FetchRequestOptions,
  fetchPage,
  PageFetcher,
  type PageFetcherOptions,
  type RobotsCheck,
} from './fetch/page-fetcher.ts';
export { parseRetryAfter } from './fetch/retry-after.ts';
export { buildUserAgent, robotsToken, type UserAgentParts } from './fetch/user-agent.ts';
// Politeness
export {
  type AcquireResult,
  acquireHost,
  type HostLease,
  type MemoryPolitenessOptions,
  MemoryPolitenessScheduler,
  type PolitenessScheduler,
} from './politeness/politeness-scheduler.ts';
// robots.txt
export { MemoryRobotsCache, type RobotsCache, type RobotsEntry } from './robots/robots-cache.ts';
export {
  type RobotsFetch,
  RobotsGate,
  type RobotsGateOptions,
  RobotsUnavailableError,
  robotsEntryFor,
} from './robots/robots-gate.ts';
export { parseRobotsTxt, type RobotsRules } from './robots/robots-rules.ts';
// SSRF guard
export {
  AddressGuard,
  type AddressGuardOptions,
  BlockedAddressError,
  type HostResolver,
  type ResolvedAddress,
} from './safety/address-guard.ts';
export { classifyAddress, isAddressAllowed } from './safety/address-policy.ts';
export type { AddressCategory } from './safety/address-ranges.ts';
// URLs
export { type CanonicalUrlOptions, canonicalUrl, isTrackingParam } from './url/canonical-url.ts';

// Archives
export {
  IMPORT_DEPTH,
  importWarc,
  type WarcImportOptions,
  type WarcImportSummary,
} from './warc/warc-import.ts';
export {
  readWarcResponses,
  WarcFormatError,
  type WarcReadOptions,
  type WarcResponse,
  type WarcSkip,
  type WarcSkipReason,
} from './warc/warc-reader.ts';
