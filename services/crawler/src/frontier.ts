import { articleIdFor, type CrawlContext } from '@newsflow/contracts';
import type { Redis } from 'ioredis';
import { crawlerKeys } from './redis-keys.ts';

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
  /** Why the URL was queued (absent on jobs queued before contexts existed). */
  context?: CrawlContext;
}

/** Where fetch jobs go: the BullMQ queue (its `add`). */
export interface FetchJobSink {
  add(name: 'fetch', data: FetchJob, opts: { jobId: string; delay?: number }): Promise<unknown>;
}

/** The crawl round of a source at `now` (its recrawl-interval window), for jobs queued without one. */
export function roundOf(recrawlIntervalMinutes: number, now = Date.now()): number {
  return Math.floor(now / (recrawlIntervalMinutes * 60_000));
}

// Admits, in order, URLs not yet seen until the round's budget is spent; returns those admitted.
const ADMIT_WITHIN_BUDGET = `
local now, budget, ttl = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
local spent = tonumber(redis.call('GET', KEYS[2]) or '0')
local admitted = {}
for i = 4, #ARGV do
  if spent >= budget then break end
  if redis.call('ZSCORE', KEYS[1], ARGV[i]) == false then
    redis.call('ZADD', KEYS[1], now, ARGV[i])
    spent = spent + 1
    admitted[#admitted + 1] = ARGV[i]
  end
end
if #admitted > 0 then redis.call('SET', KEYS[2], spent, 'PX', ttl) end
return admitted
`;
// A round's budget count outlives any round (7 days is the longest recrawl interval).
const BUDGET_TTL_MS = 7 * 24 * 3600_000 + 60_000;

// A URL's fetch claim: recorded in the source's "fetched" set (kept like the seen-set) with its
// owner job, so the owner's own retries keep the claim.
const CLAIM_FETCH = `
if redis.call('ZADD', KEYS[1], 'NX', ARGV[1], ARGV[2]) == 1 then
  redis.call('SET', KEYS[2], ARGV[3], 'PX', ARGV[4])
  return 1
end
if redis.call('GET', KEYS[2]) == ARGV[3] then return 1 end
return 0
`;
// A job is retried within hours (backoff, Retry-After, politeness); a day covers it.
const CLAIM_OWNER_TTL_MS = 24 * 3600_000;

/** How long an admitted URL stays seen unless the crawler is told otherwise (CRAWL_SEEN_RETENTION_DAYS). */
export const DEFAULT_SEEN_RETENTION_MS = 90 * 24 * 3600_000;

export interface FrontierOptions {
  /** A URL admitted longer ago than this is forgotten, and admitted again if it is found again. */
  seenRetentionMs?: number;
  now?: () => number;
}

/**
 * The crawl frontier: discovered URLs are admitted once per source (a Redis sorted set of
 * canonical URLs by when they were admitted, shared by all crawler processes, trimmed to the
 * retention so it does not grow for ever) and queued as BullMQ fetch jobs. Listings (start pages,
 * feeds, sitemaps) are re-fetched on every crawl round instead.
 */
export function createFrontier(
  redis: Redis,
  queue: FetchJobSink,
  prefix: string,
  options: FrontierOptions = {},
) {
  const retentionMs = options.seenRetentionMs ?? DEFAULT_SEEN_RETENTION_MS;
  const now = options.now ?? Date.now;
  const keys = crawlerKeys(prefix);
  const seenKey = keys.seenAt;
  const listingsKey = keys.listings;
  /** Marks a URL seen; true if it was not (or no longer) seen. */
  const see = async (source: string, url: string): Promise<boolean> =>
    (await redis.zadd(seenKey(source), 'NX', now(), url)) === 1;
  const trim = async (jobs: FetchJob[]) => {
    for (const source of new Set(jobs.map((job) => job.source))) {
      await redis.zremrangebyscore(seenKey(source), '-inf', now() - retentionMs);
      await redis.zremrangebyscore(keys.fetched(source), '-inf', now() - retentionMs);
    }
  };
  const enqueue = (job: FetchJob) => queue.add('fetch', job, { jobId: `fetch-${articleIdFor(job.url)}` });
  return {
    /** Queues the jobs whose URL is new for their source; returns the URLs admitted. */
    async admit(jobs: FetchJob[]): Promise<string[]> {
      await trim(jobs);
      const admitted: string[] = [];
      for (const job of jobs) {
        if (!(await see(job.source, job.url))) continue;
        await enqueue(job);
        admitted.push(job.url);
      }
      return admitted;
    },
    /**
     * As `admit`, for one source, but at most `budget` new URLs per round in all (across calls
     * and processes; the count lives in Redis for the round). A URL over budget stays unseen,
     * so a later round may still admit it.
     */
    async admitWithinBudget(jobs: FetchJob[], round: number, budget: number): Promise<string[]> {
      if (jobs.length === 0) return [];
      await trim(jobs);
      const source = jobs[0]!.source;
      const admitted = (await redis.eval(
        ADMIT_WITHIN_BUDGET,
        2,
        seenKey(source),
        keys.linkBudget(source, round),
        now(),
        budget,
        BUDGET_TTL_MS,
        ...jobs.map((job) => job.url),
      )) as string[];
      const wanted = new Set(admitted);
      for (const job of jobs) if (wanted.delete(job.url)) await enqueue(job);
      return admitted;
    },
    /** Marks URLs fetched under another name (redirect hops and targets, rel=canonical) as seen. */
    async markSeen(source: string, ...urls: string[]): Promise<void> {
      for (const url of urls) await see(source, url);
    },
    /** Forgets a URL, so that it is admitted again when found again (its host was unreachable). */
    async forget(source: string, url: string): Promise<void> {
      await redis.zrem(seenKey(source), url);
    },
    /**
     * Claims the first fetch of a URL for a job: true if no other job has fetched or claimed it
     * (directly or as a redirect hop); the same job asking again (a retry) keeps its claim. An
     * article reached both through a redirect chain and by its direct link is fetched by
     * whichever job claims it first.
     */
    async claimFetch(source: string, url: string, owner: string): Promise<boolean> {
      const claimed = await redis.eval(
        CLAIM_FETCH,
        2,
        keys.fetched(source),
        keys.fetchClaim(source, url),
        now(),
        url,
        owner,
        CLAIM_OWNER_TTL_MS,
      );
      return claimed === 1;
    },
    /** Records a URL as fetched (a listing), claimed by nobody in particular. */
    async markFetched(source: string, url: string): Promise<void> {
      await redis.zadd(keys.fetched(source), now(), url);
    },
    /**
     * Queues a listing for this round. The job id carries the round, so a listing queued twice
     * in one round (by its scheduler, or found again by discovery) is fetched once.
     */
    async recrawl(job: FetchJob & { round: number }): Promise<void> {
      // Marked seen, so a link back to a listing does not fetch it a second time as a page.
      await see(job.source, job.url);
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

/**
 * Moves the seen-sets of crawlers before retention (plain sets, `<prefix>:seen:<source>`) into
 * the sorted sets, as seen now. Idempotent and safe to run from several processes at once.
 * Returns how many URLs were moved.
 */
export async function migrateLegacySeenSets(redis: Redis, prefix: string, at = Date.now()): Promise<number> {
  // Scanning every key at each start would cost more the bigger Redis grows: once is enough.
  const names = crawlerKeys(prefix);
  const done = names.seenSetsMigrated();
  if (await redis.exists(done)) return 0;
  let moved = 0;
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', names.legacySeen('*'), 'COUNT', 100);
    cursor = next;
    for (const key of keys) {
      const source = key.slice(names.legacySeen('').length);
      let members = '0';
      do {
        const [nextMembers, urls] = await redis.sscan(key, members, 'COUNT', 1000);
        members = nextMembers;
        if (urls.length > 0)
          moved += await redis.zadd(names.seenAt(source), 'NX', ...urls.flatMap((url) => [at, url]));
      } while (members !== '0');
      await redis.del(key);
    }
  } while (cursor !== '0');
  await redis.set(done, new Date(at).toISOString());
  return moved;
}
