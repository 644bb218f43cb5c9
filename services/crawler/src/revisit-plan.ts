import { newTraceId } from '@newsflow/contracts';
import type { FetchJob } from './frontier.ts';
import type { CrawlSource } from './source-registry.ts';

// An article's fetch state outlives its last revisit by this much (a revisit delayed by a busy
// host or a retry still finds it).
const REVISIT_STATE_MARGIN_MS = 6 * 3600_000;

/**
 * An article's revisit plan at this fetch: its next revisit (the job and how long from now), and
 * how long to keep its fetch state. Listings are re-fetched by rounds instead: no plan.
 */
export function planRevisits(
  source: Pick<CrawlSource, 'revisitAfterMinutes'>,
  job: FetchJob,
  now: number,
): { next: { job: FetchJob & { revisit: number }; delayMs: number } | null; keepStateMs: number } {
  const isArticle = (job.kind ?? 'page') === 'page' && job.depth > 0;
  const plan = isArticle ? source.revisitAfterMinutes : [];
  const done = job.revisit ?? 0;
  const firstFetchedAt = job.firstFetchedAt ?? now;
  const { deferrals: _deferrals, ...fresh } = job; // a revisit starts with no deferrals
  const after = plan[done];
  const lastAt = firstFetchedAt + (plan.at(-1) ?? 0) * 60_000;
  return {
    next:
      after === undefined
        ? null
        : {
            job: { ...fresh, traceId: newTraceId(), revisit: done + 1, firstFetchedAt },
            delayMs: firstFetchedAt + after * 60_000 - now,
          },
    keepStateMs: lastAt - now + REVISIT_STATE_MARGIN_MS,
  };
}
