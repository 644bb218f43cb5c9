// The crawler service: sources → BullMQ fetch jobs (polite, retried) → pages.fetched.v1;
// links.discovered.v1 → in-scope, not-yet-seen URLs → more fetch jobs.
import { crawlerEnv, loadConfigOrExit } from '@newsflow/config';
import { LinksDiscoveredV1, newTraceId, TOPICS } from '@newsflow/contracts';
import { canonicalUrl, PageFetcher } from '@newsflow/crawl';
import { startWorker } from '@newsflow/stage';
import type { Source } from '@newsflow/store';
import { Queue, Worker as QueueWorker } from 'bullmq';
import { Redis } from 'ioredis';
import { createPageFetchJob } from './fetch-page-job.ts';
import { createFrontier, type FetchJob } from './frontier.ts';
import { isLinkInScope } from './link-policy.ts';
import { createHostPoliteness } from './politeness.ts';
import { readSourcesFile, upsertSources } from './sources-file.ts';

const config = loadConfigOrExit('crawler', crawlerEnv);
const sourcesFromFile = config.SOURCES_FILE ? await readSourcesFile(config.SOURCES_FILE) : [];
const worker = await startWorker('crawler', config);
const { logger, store } = worker;
await upsertSources(store.sources, sourcesFromFile);

const redis = new Redis(config.REDIS_URL, { maxRetriesPerRequest: null });
const queue = new Queue<FetchJob>('fetch', {
  connection: redis,
  prefix: config.QUEUE_PREFIX,
  defaultJobOptions: {
    attempts: config.RETRY_ATTEMPTS,
    backoff: { type: 'exponential', delay: config.RETRY_BACKOFF_MS, jitter: 0.5 },
    removeOnComplete: { count: 10_000 },
    removeOnFail: { count: 10_000 },
  },
});
const frontier = createFrontier(redis, queue, config.QUEUE_PREFIX);
const fetcherOptions = { userAgent: config.USER_AGENT, totalTimeoutMs: config.FETCH_TIMEOUT_MS };
const fetchers = {
  public: new PageFetcher(fetcherOptions),
  private: new PageFetcher({ ...fetcherOptions, allowPrivate: true }),
};

// Sources change rarely; a short cache keeps one Mongo read off every fetch.
const sourceCache = new Map<string, { source: Source | null; at: number }>();
async function sourceByName(name: string): Promise<Source | null> {
  const cached = sourceCache.get(name);
  if (cached && Date.now() - cached.at < 30_000) return cached.source;
  const source = await store.sources.findById(name).lean<Source>();
  sourceCache.set(name, { source, at: Date.now() });
  return source;
}

const fetchWorker = new QueueWorker<FetchJob>(
  'fetch',
  createPageFetchJob({
    worker,
    fetchers,
    politeness: createHostPoliteness(redis, config.QUEUE_PREFIX),
    sourceByName,
    attempts: config.RETRY_ATTEMPTS,
    logger: logger.child({ component: 'fetch' }),
  }),
  {
    connection: new Redis(config.REDIS_URL, { maxRetriesPerRequest: null }),
    prefix: config.QUEUE_PREFIX,
    concurrency: config.CRAWL_CONCURRENCY,
  },
);
fetchWorker.on('error', (error) => logger.error({ err: error }, 'fetch worker error'));

await worker.runStage({
  stage: 'crawler-links',
  topic: worker.topic(TOPICS.linksDiscovered),
  async handle(message) {
    const discovered = LinksDiscoveredV1.parse(JSON.parse(message.value));
    const source = await sourceByName(discovered.source);
    if (!source?.enabled || discovered.depth + 1 > config.MAX_CRAWL_DEPTH) return;
    const jobs: FetchJob[] = [];
    for (const link of discovered.links) {
      if (!isLinkInScope(source, link.url)) continue;
      jobs.push({
        source: source._id,
        url: canonicalUrl(link.url),
        depth: discovered.depth + 1,
        traceId: newTraceId(),
      });
    }
    const admitted = await frontier.admit(jobs);
    if (admitted > 0)
      logger.info({ source: source._id, admitted, from: discovered.fromUrl }, 'links scheduled');
  },
});

// Every enabled source's start URLs (front and section pages) are re-fetched once per its
// recrawl interval. The round number is the interval window, so crawler processes ticking in
// the same window queue the same job ids and a listing is fetched once per window.
async function scheduleDueSources(): Promise<void> {
  const sources = await store.sources.find({ enabled: true }).lean<Source[]>();
  for (const source of sources) {
    const round = Math.floor(Date.now() / (source.recrawlIntervalMinutes * 60_000));
    for (const url of source.startUrls) {
      await frontier.recrawl(
        { source: source._id, url: canonicalUrl(url), depth: 0, traceId: newTraceId() },
        round,
      );
    }
  }
}
const SCHEDULER_TICK_MS = 60_000;
await scheduleDueSources();
const timer = setInterval(
  () =>
    void scheduleDueSources().catch((error) => logger.error({ err: error }, 'scheduling start URLs failed')),
  SCHEDULER_TICK_MS,
);

worker.onStop(async () => {
  clearInterval(timer);
  await fetchWorker.close();
  await queue.close();
  await Promise.all([fetchers.public.close(), fetchers.private.close()]);
  await redis.quit();
});
