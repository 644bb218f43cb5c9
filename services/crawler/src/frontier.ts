import { articleIdFor } from '@newsflow/contracts';
import type { Queue } from 'bullmq';
import type { Redis } from 'ioredis';

/** One URL to fetch, as queued. */
export interface FetchJob {
  source: string;
  url: string;
  depth: number;
  traceId: string;
}

/**
 * The crawl frontier: discovered URLs are admitted once per source (a Redis set of canonical
 * URLs, shared by all crawler processes) and queued as BullMQ fetch jobs. Start URLs are listing
 * pages and are re-fetched on every crawl round instead.
 */
export function createFrontier(redis: Redis, queue: Queue<FetchJob>, prefix: string) {
  return {
    async admit(jobs: FetchJob[]): Promise<number> {
      let admitted = 0;
      for (const job of jobs) {
        const isNew = await redis.sadd(`${prefix}:seen:${job.source}`, job.url);
        if (isNew === 0) continue;
        await queue.add('fetch', job, { jobId: `fetch-${articleIdFor(job.url)}` });
        admitted++;
      }
      return admitted;
    },
    /** Queues a listing page for this round (the job id carries the round, so rounds do not collide). */
    async recrawl(job: FetchJob, round: number): Promise<void> {
      // Marked seen, so a link back to a start URL does not fetch it a second time.
      await redis.sadd(`${prefix}:seen:${job.source}`, job.url);
      await queue.add('fetch', job, { jobId: `start-${articleIdFor(job.url)}-${round}` });
    },
  };
}
