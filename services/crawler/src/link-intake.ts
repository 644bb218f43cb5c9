import { LinksDiscoveredV1, newTraceId } from '@newsflow/contracts';
import type { Logger } from '@newsflow/observability';
import type { CrawlMetrics } from './crawl-metrics.ts';
import { type FetchJob, type Frontier, roundOf } from './frontier.ts';
import { linkKind, pageKind, sourceShapes } from './link-focus.ts';
import type { SourceRegistry } from './source-registry.ts';
import type { RedisUrlShapes } from './url-shapes.ts';

/**
 * Handles `links.discovered.v1`: links the parser found are filtered for their source (same
 * site, allow/deny, depth), then focused (link-focus.ts: only links that look like the source's
 * articles or listings), and the new ones queued once through the shared frontier. Links of an
 * article page are also held to the source's `articleLinkBudget` per crawl round.
 */
export function createLinkIntake(deps: {
  sources: Pick<SourceRegistry, 'get'>;
  frontier: Pick<Frontier, 'admit' | 'admitWithinBudget'>;
  shapes: Pick<RedisUrlShapes, 'articleShapes'>;
  metrics: CrawlMetrics;
  logger: Logger;
}) {
  return async function handleLinks(message: { value: string }): Promise<void> {
    const discovered = LinksDiscoveredV1.parse(JSON.parse(message.value));
    const { source, linkFilter } = await deps.sources.get(discovered.source);
    if (!source?.enabled || !linkFilter) return;
    const shapes = sourceShapes(source.startUrls, await deps.shapes.articleShapes(source._id));
    const from = pageKind(discovered.fromUrl, discovered.depth, shapes);
    const context = from === 'listing' ? 'listing-link' : 'article-link';
    const depth = discovered.depth + 1;
    const jobs: FetchJob[] = [];
    let unfocused = 0;
    for (const link of discovered.links) {
      const decision = linkFilter(link.url, depth);
      if (!decision.accepted) continue;
      if (linkKind(decision.url, shapes) === null) unfocused++;
      else jobs.push({ source: source._id, url: decision.url, depth, traceId: newTraceId(), context });
    }
    deps.metrics.linksSkipped(source._id, 'not_article_or_listing', unfocused);
    const admitted =
      from === 'listing'
        ? await deps.frontier.admit(jobs)
        : await deps.frontier.admitWithinBudget(
            jobs,
            roundOf(source.recrawlIntervalMinutes),
            source.articleLinkBudget,
          );
    deps.metrics.admitted(source._id, context, admitted.length);
    if (admitted.length > 0)
      deps.logger.info(
        { source: source._id, admitted: admitted.length, from: discovered.fromUrl, context },
        'links scheduled',
      );
  };
}
