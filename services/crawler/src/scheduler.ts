import { newTraceId } from '@newsflow/contracts';
import type { Logger } from '@newsflow/observability';
import type { Job, Queue } from 'bullmq';
import type { FetchJob, FetchKind, Frontier } from './frontier.ts';
import { canonicalFor, type SourceRegistry } from './source-registry.ts';

/** The repeatable job of one source: queues its listings once per recrawl interval. */
export interface ScheduleJob {
  source: string;
}
export type CrawlQueueJob = FetchJob | ScheduleJob;

export const SCHEDULE_JOB = 'schedule';
const SCHEDULER_PREFIX = 'source-';

/**
 * One BullMQ job scheduler per enabled source (`source-<name>`, every recrawl interval), removed
 * when the source is disabled or deleted. Every crawler process syncs them; BullMQ keeps one
 * scheduler per id, so each round runs once whatever the number of processes.
 */
export async function syncSchedules(
  sources: Pick<SourceRegistry, 'enabled'>,
  queue: Queue<CrawlQueueJob>,
): Promise<void> {
  const enabled = await sources.enabled();
  const wanted = new Set(enabled.map((source) => SCHEDULER_PREFIX + source._id));
  for (const source of enabled) {
    await queue.upsertJobScheduler(
      SCHEDULER_PREFIX + source._id,
      { every: source.recrawlIntervalMinutes * 60_000 },
      {
        name: SCHEDULE_JOB,
        data: { source: source._id },
        opts: { removeOnComplete: { count: 100 }, removeOnFail: { count: 100 } },
      },
    );
  }
  for (const scheduler of await queue.getJobSchedulers()) {
    if (scheduler.key.startsWith(SCHEDULER_PREFIX) && !wanted.has(scheduler.key))
      await queue.removeJobScheduler(scheduler.key);
  }
}

/**
 * Runs one round of a source: its listings — start URLs (front and section pages), feeds and
 * sitemaps, configured or discovered — are queued with the round in their job ids, so a listing
 * is fetched once per round. The round is the scheduler iteration's time slot.
 */
export async function runScheduledRound(
  job: Job<ScheduleJob>,
  sources: Pick<SourceRegistry, 'get'>,
  frontier: Frontier,
): Promise<string> {
  const { source } = await sources.get(job.data.source);
  if (!source?.enabled) return 'skipped';
  // Scheduler job ids are `repeat:<scheduler>:<slot millis>`.
  const round = Number(String(job.id).split(':').at(-1)) || job.timestamp;
  // Feeds and sitemaps first: the article URL shapes they teach decide which links of the start
  // pages are followed (link-focus.ts), so they had better be read before those links arrive.
  const listings: Array<[FetchKind, string]> = [
    ...source.feeds.map((url): [FetchKind, string] => ['feed', url]),
    ...source.sitemaps.map((url): [FetchKind, string] => ['sitemap', url]),
    ...(await frontier.listings(source._id, 'feed')).map((url): [FetchKind, string] => ['feed', url]),
    ...(await frontier.listings(source._id, 'sitemap')).map((url): [FetchKind, string] => ['sitemap', url]),
    ...source.startUrls.map((url): [FetchKind, string] => ['page', url]),
  ];
  for (const [kind, url] of listings) {
    const canonical = canonicalFor(source, url);
    if (canonical)
      await frontier.recrawl({
        source: source._id,
        url: canonical,
        depth: 0,
        traceId: newTraceId(),
        kind,
        round,
      });
  }
  return `scheduled:${listings.length}`;
}

// Sources change through the API at any time; a minute is how long a new source, a changed
// interval or a disabled source takes to reach the schedulers.
const SYNC_TICK_MS = 60_000;

/** Syncs the schedulers now and every minute; returns the stop function. */
export async function startScheduler(
  sources: Pick<SourceRegistry, 'enabled'>,
  queue: Queue<CrawlQueueJob>,
  logger: Logger,
): Promise<() => void> {
  await syncSchedules(sources, queue);
  const timer = setInterval(
    () =>
      void syncSchedules(sources, queue).catch((error) =>
        logger.error({ err: error }, 'syncing source schedules failed'),
      ),
    SYNC_TICK_MS,
  );
  return () => clearInterval(timer);
}
