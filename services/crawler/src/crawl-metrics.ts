import type { Queue } from 'bullmq';
import { Counter, Gauge, Histogram, type Registry } from 'prom-client';

// Labelled by source and host (host incl. port): a source's hosts are few (its own site and
// CDN-less sections), so the series count stays ~ sources × 2.

// Buckets span a fast local answer (5 ms) to the whole-fetch timeout (60 s).
const LATENCY_BUCKETS = [0.005, 0.025, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60];

export function createCrawlMetrics(registry: Registry, queue: Pick<Queue, 'getJobCounts'>) {
  const labelNames = ['source', 'host'] as const;
  const fetched = new Counter({
    name: 'crawler_pages_fetched_total',
    help: 'Successful fetches, by outcome: published, unchanged (same bytes), not_modified (304), listing, duplicate (a redirect reached a page fetched already)',
    labelNames: [...labelNames, 'outcome'],
    registers: [registry],
  });
  const failures = new Counter({
    name: 'crawler_fetch_failures_total',
    help: 'Failed fetch attempts by reason (final or retried)',
    labelNames: [...labelNames, 'reason', 'kind'],
    registers: [registry],
  });
  const bytes = new Counter({
    name: 'crawler_fetched_bytes_total',
    help: 'Bytes received on the wire',
    labelNames,
    registers: [registry],
  });
  const latency = new Histogram({
    name: 'crawler_fetch_duration_seconds',
    help: 'Fetch time, redirects included',
    labelNames,
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  });
  const politenessWaits = new Counter({
    name: 'crawler_politeness_waits_total',
    help: 'Fetch jobs put back because their host was busy or inside its delay',
    labelNames,
    registers: [registry],
  });
  const politenessWaitSeconds = new Counter({
    name: 'crawler_politeness_wait_seconds_total',
    help: 'Time fetch jobs were put back for politeness',
    labelNames,
    registers: [registry],
  });
  const admitted = new Counter({
    name: 'crawler_urls_admitted_total',
    help: 'New URLs admitted to the frontier, by where they were found',
    labelNames: ['source', 'via'],
    registers: [registry],
  });
  const revisits = new Counter({
    name: 'crawler_revisits_total',
    help: 'Articles fetched again on their revisits: changed (published again) or unchanged (304 or same bytes)',
    labelNames: ['source', 'outcome'],
    registers: [registry],
  });
  const robotsUnavailable = new Counter({
    name: 'crawler_robots_unavailable_total',
    help: 'robots.txt fetches that failed for now (429, 5xx, timeout, network): the host was deferred',
    labelNames: [...labelNames, 'reason'],
    registers: [registry],
  });
  const deadLinks = new Counter({
    name: 'crawler_dead_links_total',
    help: 'Links found on pages that led nowhere (404, 410, …; status, or the reason when no HTTP answer): counted, not listed as failures',
    labelNames: ['source', 'status'],
    registers: [registry],
  });
  const linksSkipped = new Counter({
    name: 'crawler_links_skipped_total',
    help: 'In-scope links not followed: not_article_or_listing (site furniture), over_budget (article links past the round budget)',
    labelNames: ['source', 'reason'],
    registers: [registry],
  });
  new Gauge({
    name: 'crawler_queue_jobs',
    help: 'Fetch jobs in the shared BullMQ queue by state (all crawler processes)',
    labelNames: ['state'],
    registers: [registry],
    async collect() {
      const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'failed');
      for (const [state, count] of Object.entries(counts)) this.set({ state }, count);
    },
  });
  return {
    fetched(source: string, host: string, outcome: string, wireBytes: number, seconds: number) {
      fetched.inc({ source, host, outcome });
      bytes.inc({ source, host }, wireBytes);
      latency.observe({ source, host }, seconds);
    },
    failed(source: string, host: string, reason: string, kind: string, seconds: number) {
      failures.inc({ source, host, reason, kind });
      latency.observe({ source, host }, seconds);
    },
    politenessWait(source: string, host: string, waitMs: number) {
      politenessWaits.inc({ source, host });
      politenessWaitSeconds.inc({ source, host }, Math.max(0, waitMs) / 1000);
    },
    revisited(source: string, outcome: 'changed' | 'unchanged') {
      revisits.inc({ source, outcome });
    },
    /** A fetch not sent: the page was fetched already, by a redirect or its direct link. */
    duplicate(source: string, host: string) {
      fetched.inc({ source, host, outcome: 'duplicate' });
    },
    robotsUnavailable(source: string, host: string, reason: string) {
      robotsUnavailable.inc({ source, host, reason });
    },
    deadLink(source: string, status: string) {
      deadLinks.inc({ source, status });
    },
    linksSkipped(source: string, reason: 'not_article_or_listing' | 'over_budget', count: number) {
      if (count > 0) linksSkipped.inc({ source, reason }, count);
    },
    admitted(source: string, via: string, count: number) {
      if (count > 0) admitted.inc({ source, via }, count);
    },
  };
}
export type CrawlMetrics = ReturnType<typeof createCrawlMetrics>;
