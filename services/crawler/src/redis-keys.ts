// Every Redis key the crawler writes, built here and nowhere else, so the whole key space reads
// on one screen. All start with QUEUE_PREFIX (isolation between deployments and tests); BullMQ's
// own keys (`<prefix>:fetch:*`) are built by BullMQ.

/** The crawler's keys under one prefix. */
export function crawlerKeys(prefix: string) {
  return {
    /** Sorted set: a source's admitted URLs by admission time (the frontier's seen-set). */
    seenAt: (source: string) => `${prefix}:seen-at:${source}`,
    /** Plain set of the seen-set before retention (migrated once); `*` matches every source. */
    legacySeen: (source: string) => `${prefix}:seen:${source}`,
    /** Marker: the legacy seen-sets were migrated. */
    seenSetsMigrated: () => `${prefix}:seen-sets-migrated`,
    /** Set: feeds or sitemaps found by discovery, polled every round. */
    listings: (source: string, kind: string) => `${prefix}:listings:${kind}:${source}`,
    /** Hash: a host's politeness schedule (nextAt, delayMs, lease). */
    polite: (host: string) => `${prefix}:polite:${host.toLowerCase()}`,
    /** Sorted set: a source's fetches in flight (maxConcurrency). */
    sourceSlots: (source: string) => `${prefix}:source-slots:${source}`,
    /** Hash: a URL's validators and content hash. */
    fetchState: (url: string) => `${prefix}:fetch-state:${url}`,
    /** String (JSON): an origin's robots.txt entry. */
    robots: (origin: string) => `${prefix}:robots:${origin}`,
    /** Hash: an origin whose robots.txt cannot be fetched (since, attempts, reported). */
    robotsOutage: (origin: string) => `${prefix}:robots-outage:${origin}`,
    /** Sorted set: URLs of a source already fetched under some name (redirect hops, final URLs). */
    fetched: (source: string) => `${prefix}:fetched:${source}`,
    /** String: the job that claimed a URL's first fetch (its retries keep the claim). */
    fetchClaim: (source: string, url: string) => `${prefix}:fetch-claim:${source}:${url}`,
    /** String: a failure cause already recorded (one open failure per cause). */
    failureCause: (source: string, cause: string) => `${prefix}:failure-cause:${source}:${cause}`,
    /** Hash: a source's learned URL shapes (articles, listings) with their counts. */
    urlShapes: (source: string, kind: 'article' | 'listing') => `${prefix}:url-shapes:${kind}:${source}`,
    /** Counter: links of a source admitted from pages in one crawl round (its budget). */
    linkBudget: (source: string, round: number) => `${prefix}:link-budget:${source}:${round}`,
  };
}
export type CrawlerKeys = ReturnType<typeof crawlerKeys>;
