import { DEFAULT_ARTICLE_LINK_BUDGET, DEFAULT_REVISIT_AFTER_MINUTES } from '@newsflow/contracts';
import { type CanonicalUrlOptions, canonicalUrl, createLinkFilter, type LinkFilter } from '@newsflow/crawl';
import type { Source, SourceOperations } from '@newsflow/store';

/** A source with every field present (documents written before a field existed lack it). */
export interface CrawlSource extends Source {
  articleLinkBudget: number;
  canonicalOptions: CanonicalUrlOptions;
  maxDepthOrDefault: number;
}

export interface SourceEntry {
  source: CrawlSource | null;
  linkFilter: LinkFilter | null;
}

export function withDefaults(source: Source, defaultMaxDepth: number): CrawlSource {
  const canonical = source.canonical ?? { www: 'keep', trailingSlash: 'keep' };
  return {
    ...source,
    feeds: source.feeds ?? [],
    sitemaps: source.sitemaps ?? [],
    discover: source.discover ?? true,
    maxDepth: source.maxDepth ?? null,
    maxConcurrency: source.maxConcurrency ?? 2,
    revisitAfterMinutes: source.revisitAfterMinutes ?? [...DEFAULT_REVISIT_AFTER_MINUTES],
    userAgent: source.userAgent ?? null,
    articleLinkBudget: source.articleLinkBudget ?? DEFAULT_ARTICLE_LINK_BUDGET,
    canonical,
    canonicalOptions: { www: canonical.www ?? 'keep', trailingSlash: canonical.trailingSlash ?? 'keep' },
    maxDepthOrDefault: source.maxDepth ?? defaultMaxDepth,
  };
}

/** The source's canonical form of a URL (its www / trailing-slash rules), or null if invalid. */
export function canonicalFor(source: CrawlSource, url: string): string | null {
  try {
    return canonicalUrl(url, source.canonicalOptions);
  } catch {
    return null;
  }
}

// Sources change rarely; a short cache keeps one Mongo read off every fetch and every link batch.
const SOURCE_CACHE_MS = 30_000;

/** Sources by name, with the link filter built from their allow/deny/depth/canonical settings. */
export function createSourceRegistry(sources: SourceOperations, defaultMaxDepth: number) {
  const cache = new Map<string, SourceEntry & { at: number }>();
  return {
    async get(name: string): Promise<SourceEntry> {
      const cached = cache.get(name);
      if (cached && Date.now() - cached.at < SOURCE_CACHE_MS) return cached;
      const stored = await sources.get(name);
      const source = stored ? withDefaults(stored, defaultMaxDepth) : null;
      const linkFilter = source
        ? createLinkFilter({
            siteUrls: source.startUrls,
            allow: source.allow,
            deny: source.deny,
            maxDepth: source.maxDepthOrDefault,
            canonical: source.canonicalOptions,
          })
        : null;
      const entry = { source, linkFilter, at: Date.now() };
      cache.set(name, entry);
      return entry;
    },
    async enabled(): Promise<CrawlSource[]> {
      const stored = await sources.enabled();
      return stored.map((source) => withDefaults(source, defaultMaxDepth));
    },
  };
}
export type SourceRegistry = ReturnType<typeof createSourceRegistry>;
