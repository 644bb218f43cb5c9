import { newTraceId } from '@newsflow/contracts';
import type { Logger } from '@newsflow/observability';
import { type FetchKind, type Frontier, roundOf } from './frontier.ts';
import { canonicalFor, type SourceRegistry } from './source-registry.ts';

/**
 * Every enabled source's listings — start URLs (front and section pages), feeds and sitemaps,
 * configured or discovered — are queued once per recrawl interval. The round number is the
 * interval window, so crawler processes ticking in the same window queue the same job ids and
 * a listing is fetched once per window.
 */
export async function scheduleDueSources(
  sources: Pick<SourceRegistry, 'enabled'>,
  frontier: Frontier,
): Promise<number> {
  let queued = 0;
  for (const source of await sources.enabled()) {
    const round = roundOf(source.recrawlIntervalMinutes);
    const listings: Array<[FetchKind, string]> = [
      ...source.startUrls.map((url): [FetchKind, string] => ['page', url]),
      ...source.feeds.map((url): [FetchKind, string] => ['feed', url]),
      ...source.sitemaps.map((url): [FetchKind, string] => ['sitemap', url]),
      ...(await frontier.listings(source._id, 'feed')).map((url): [FetchKind, string] => ['feed', url]),
      ...(await frontier.listings(source._id, 'sitemap')).map((url): [FetchKind, string] => ['sitemap', url]),
    ];
    for (const [kind, url] of listings) {
      const canonical = canonicalFor(source, url);
      if (!canonical) continue;
      await frontier.recrawl({
        source: source._id,
        url: canonical,
        depth: 0,
        traceId: newTraceId(),
        kind,
        round,
      });
      queued++;
    }
  }
  return queued;
}

// Rounds are minutes long; a tick every minute starts each within a minute of its window.
const SCHEDULER_TICK_MS = 60_000;

/** Schedules now and on every tick; returns the stop function. */
export async function startScheduler(
  sources: Pick<SourceRegistry, 'enabled'>,
  frontier: Frontier,
  logger: Logger,
): Promise<() => void> {
  await scheduleDueSources(sources, frontier);
  const timer = setInterval(
    () =>
      void scheduleDueSources(sources, frontier).catch((error) =>
        logger.error({ err: error }, 'scheduling listings failed'),
      ),
    SCHEDULER_TICK_MS,
  );
  return () => clearInterval(timer);
}
