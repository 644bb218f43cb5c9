import { LinksDiscoveredV1, newTraceId } from '@newsflow/contracts';
import type { Logger } from '@newsflow/observability';
import type { CrawlMetrics } from './crawl-metrics.ts';
import type { FetchJob, Frontier } from './frontier.ts';
import type { SourceRegistry } from './source-registry.ts';

/**
 * Handles `links.discovered.v1`: links the parser found are filtered for their source (same
 * site, allow/deny, depth) and the new ones queued once through the shared frontier.
 */
export function createLinkIntake(deps: {
  sources: Pick<SourceRegistry, 'get'>;
  frontier: Frontier;
  metrics: CrawlMetrics;
  logger: Logger;
}) {
  return async function handleLinks(message: { value: string }): Promise<void> {
    const discovered = LinksDiscoveredV1.parse(JSON.parse(message.value));
    const { source, linkFilter } = await deps.sources.get(discovered.source);
    if (!source?.enabled || !linkFilter) return;
    const depth = discovered.depth + 1;
    const jobs: FetchJob[] = [];
    for (const link of discovered.links) {
      const decision = linkFilter(link.url, depth);
      if (decision.accepted)
        jobs.push({ source: source._id, url: decision.url, depth, traceId: newTraceId() });
    }
    const admitted = await deps.frontier.admit(jobs);
    deps.metrics.admitted(source._id, 'links', admitted.length);
    if (admitted.length > 0)
      deps.logger.info(
        { source: source._id, admitted: admitted.length, from: discovered.fromUrl },
        'links scheduled',
      );
  };
}
