import type { Logger } from '@newsflow/observability';
import type { SourceOperations } from '@newsflow/store';

// A source's lastCrawlAt / lastNewArticleAt feed "is this source still producing?": minutes
// matter, milliseconds do not. Writing them at most every 5 s per source keeps two Mongo writes
// off every fetch (they were a third of the crawler's Mongo traffic in the bench).
const FLUSH_MS = 5000;

/**
 * Records when each source was last crawled successfully and last yielded a new page, and writes
 * the latest times to the `sources` collection every few seconds (and on shutdown).
 */
export function createSourceActivity(sources: SourceOperations, logger: Logger) {
  const latest = new Map<string, { lastCrawlAt?: Date; lastNewArticleAt?: Date }>();
  const flush = async () => {
    const entries = [...latest];
    latest.clear();
    for (const [source, times] of entries) {
      // $max: several processes write; an older time must not overwrite a newer one.
      await sources.recordActivity(source, times);
    }
  };
  const timer = setInterval(
    () => void flush().catch((error) => logger.error({ err: error }, 'writing source activity failed')),
    FLUSH_MS,
  );
  const mark = (source: string, field: 'lastCrawlAt' | 'lastNewArticleAt', at: Date) => {
    const times = latest.get(source) ?? {};
    times[field] = at;
    latest.set(source, times);
  };
  return {
    crawled: (source: string, at: Date) => mark(source, 'lastCrawlAt', at),
    newArticle: (source: string, at: Date) => mark(source, 'lastNewArticleAt', at),
    async stop() {
      clearInterval(timer);
      await flush();
    },
  };
}
export type SourceActivity = ReturnType<typeof createSourceActivity>;
