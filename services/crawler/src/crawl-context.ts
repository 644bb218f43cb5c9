import type { CrawlContext } from '@newsflow/contracts';
import type { FetchJob } from './frontier.ts';

/**
 * Why a page was fetched, as `pages.fetched.v1` tells the parser: a revisit, a start URL, or
 * where its URL was found. Jobs queued before contexts existed: a start URL at depth 0, else
 * a listing link (the only kind of link followed then).
 */
export function crawlContextOf(job: FetchJob): CrawlContext {
  if ((job.revisit ?? 0) > 0) return 'revisit';
  if (job.depth === 0) return 'start';
  return job.context ?? 'listing-link';
}
