import { articleIdFor } from '@newsflow/contracts';
import type { Redis } from 'ioredis';

/** What a fetch job fetches: an HTML page (published), or a feed or sitemap (mined for URLs). */
export type FetchKind = 'page' | 'feed' | 'sitemap';

/** One URL to fetch, as queued. */
export interface FetchJob {
  source: string;
  url: string;
  depth: number;
  traceId: string;
  /** Absent on jobs queued before kinds existed: a page. */
  kind?: FetchKind;
  /** The crawl round a listing (start page, feed, sitemap) was queued for. */
  round?: number;
  /** Times the job was put back for a `Retry-After`; counted as attempts. */
  deferrals?: number;
  /** An article's revisits done before this fetch (absent on its first fetch). */
  revisit?: number;
  /** Epoch ms of the article's first fetch, which its revisits are timed from. */
  firstFetchedAt?: number;
}

/** Where fetch jobs go: the BullMQ queue (its `add`). */
export interface FetchJobSink {
  add(name: 'fetch', data: FetchJob, opts: { jobId: string; delay?: number }): Promise<unknown>;
}

/** The crawl round of a source at `now` (its recrawl-interval window), for jobs queued without one. */
export function roundOf(recrawlIntervalMinutes: number, now = Date.now()): number {
  return Math.floor(now / (recrawlIntervalMinutes * 60_000));
}

/**
 * The crawl frontier: discovered URLs are admitted once per source (a Redis set of canonical
 * URLs, shared by all crawler processes) and queued as BullMQ fetch jobs. Listings (start pages,
 * feeds, sitemaps) are re-fetched on every crawl round instead.
 */
export function createFrontier(redis: Redis, queue: FetchJobSink, prefix: string) {
  const seenKey = (source: string) => `${prefix}:seen:${source}`;
  const listingsKey = (source: string, kind: FetchKind) => `${prefix}:listings:${kind}:${source}`;
  return {
    /** Queues the jobs whose URL is new for their source; returns the URLs admitted. */
    async admit(jobs: FetchJob[]): Promise<string[]> {
      const admitted: string[] = [];
      for (const job of jobs) {
        const isNew = await redis.sadd(seenKey(job.source), job.url);
        if (isNew === 0) continue;
        await queue.add('fetch', job, { jobId: `fetch-${articleIdFor(job.url)}` });
        admitted.push(job.url);
      }
      return admitted;
    },
    /** Marks a URL fetched under another name (a redirect target) as seen. */
    async markSeen(source: string, url: string): Promise<void> {
      await redis.sadd(seenKey(source), url);
    },
    /**
     * Queues a listing for this round. The job id carries the round, so a listing queued twice
     * in one round (by its scheduler, or found again by discovery) is fetched once.
     */
    async recrawl(job: FetchJob & { round: number }): Promise<void> {
      // Marked seen, so a link back to a listing does not fetch it a second time as a page.
      await redis.sadd(seenKey(job.source), job.url);
      const kind = job.kind ?? 'page';
      const tag = kind === 'page' ? 'start' : kind;
      await queue.add('fetch', job, { jobId: `${tag}-${articleIdFor(job.url)}-${job.round}` });
    },
    /** Queues an article's next revisit (`job.revisit`), to run `delayMs` from now; once per revisit. */
    async revisit(job: FetchJob & { revisit: number }, delayMs: number): Promise<void> {
      await queue.add('fetch', job, {
        jobId: `revisit-${articleIdFor(job.url)}-${job.revisit}`,
        delay: Math.max(0, delayMs),
      });
    },
    /** Remembers a feed or sitemap found by discovery, so later rounds poll it too. */
    async rememberListing(source: string, kind: FetchKind, url: string): Promise<boolean> {
      return (await redis.sadd(listingsKey(source, kind), url)) === 1;
    },
    async listings(source: string, kind: FetchKind): Promise<string[]> {
      return redis.smembers(listingsKey(source, kind));
    },
  };
}
export type Frontier = ReturnType<typeof createFrontier>;
