import { z } from 'zod';
import { LIMITS } from './limits.ts';

/**
 * Message contracts for the pipeline's topics. Every message carries `schemaVersion` and the ids
 * that trace one page from fetch to API (`traceId`, and `articleId` once known).
 * Producers validate before sending and consumers validate on receipt: a message that fails its
 * schema is a permanent failure (DLQ), never a crash.
 */
const isoInstant = z.iso.datetime({ offset: true });
const httpUrl = z.url({ protocol: /^https?$/ }).max(LIMITS.url);
const sourceName = z.string().min(1).max(200);
const traceId = z.string().min(1).max(100);

/**
 * Why the crawler fetched a page: a start URL of its source, an item of a feed or a sitemap, a
 * link found on a listing page (front, section) or on an article page, or an article fetched
 * again to pick up corrections.
 */
export const CrawlContext = z.enum(['start', 'feed', 'sitemap', 'listing-link', 'article-link', 'revisit']);
export type CrawlContext = z.infer<typeof CrawlContext>;

export const PageFetchedV1 = z.object({
  schemaVersion: z.literal(1),
  traceId,
  source: sourceName,
  /** The URL that was requested, and the one answered after redirects. */
  url: httpUrl,
  finalUrl: httpUrl,
  status: z.number().int().min(100).max(599),
  contentType: z.string().max(300).nullable(),
  fetchedAt: isoInstant,
  /** Crawl depth from the source's start URLs (0 = a start URL). */
  depth: z.number().int().min(0).max(100),
  /** The decoded page. Large pages rely on producer compression (the broker allows 10 MB). */
  html: z.string(),
  /** Hints from the source for extraction. */
  timezone: z.string().max(100).optional(),
  language: z.string().max(20).optional(),
  /** Each redirect followed to reach `finalUrl`, in order. */
  redirects: z
    .array(z.object({ from: httpUrl, to: httpUrl, status: z.number().int().min(300).max(399) }))
    .max(10)
    .optional(),
  /** The page's own rel=canonical, as the crawler read it (the parser decides whether to trust it). */
  canonicalUrl: httpUrl.optional(),
  /** Why the page was fetched (absent from crawlers before it existed, and from WARC imports). */
  crawlContext: CrawlContext.optional(),
});
export type PageFetched = z.infer<typeof PageFetchedV1>;

export const DiscoveredLink = z.object({ url: httpUrl, text: z.string().max(1000).default('') });

export const LinksDiscoveredV1 = z.object({
  schemaVersion: z.literal(1),
  traceId,
  source: sourceName,
  fromUrl: httpUrl,
  /** Depth of the page the links were found on; the links themselves are one deeper. */
  depth: z.number().int().min(0).max(100),
  links: z.array(DiscoveredLink).max(5000),
});
export type LinksDiscovered = z.infer<typeof LinksDiscoveredV1>;

export const ArticleParsedV1 = z.object({
  schemaVersion: z.literal(1),
  traceId,
  articleId: z.string().min(1).max(100),
  source: sourceName,
  url: httpUrl,
  canonicalUrl: httpUrl,
  contentHash: z.string().max(100),
  title: z.string().max(LIMITS.title),
  body: z.string(),
  language: z.string().max(LIMITS.language).nullable(),
  publishedAt: isoInstant.nullable(),
  parsedAt: isoInstant,
});
export type ArticleParsed = z.infer<typeof ArticleParsedV1>;

/**
 * An article's enrichment is saved (language, entities, fingerprint, story keys) and its duplicate
 * and story decisions are still to be made, by the clusterer. The clusterer reads the saved
 * enrichment by `articleId`; `contentHash` tells it whether the article changed since.
 */
export const ArticleClusteringV1 = z.object({
  schemaVersion: z.literal(1),
  traceId,
  articleId: z.string().min(1).max(100),
  contentHash: z.string().max(100),
  source: sourceName,
  url: httpUrl,
  title: z.string().max(2000),
  language: z.string().max(20).nullable(),
  publishedAt: isoInstant.nullable(),
  enrichedAt: isoInstant,
});
export type ArticleClustering = z.infer<typeof ArticleClusteringV1>;

export const ArticleEnrichedV1 = z.object({
  schemaVersion: z.literal(1),
  traceId,
  articleId: z.string().min(1).max(100),
  source: sourceName,
  url: httpUrl,
  title: z.string().max(LIMITS.title),
  language: z.string().max(LIMITS.language).nullable(),
  publishedAt: isoInstant.nullable(),
  /** The story the article joined, and the earlier article it is a near-copy of, if any. */
  storyId: z.string().max(100).nullable().optional(),
  duplicateOf: z.string().max(100).nullable().optional(),
  enrichedAt: isoInstant,
});
export type ArticleEnriched = z.infer<typeof ArticleEnrichedV1>;
