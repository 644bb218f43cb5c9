// The crawler service: sources → BullMQ fetch jobs (polite, retried) → pages.fetched.v1;
// links.discovered.v1 → in-scope, not-yet-seen URLs → more fetch jobs.
import { crawlerEnv, loadConfigOrExit } from '@newsflow/config';
import { LinksDiscoveredV1, newTraceId, TOPICS } from '@newsflow/contracts';
import { canonicalUrl, createLinkFilter, type LinkFilter, PageFetcher, RobotsGate } from '@newsflow/crawl';
import { startWorker } from '@newsflow/stage';
import type { Source } from '@newsflow/store';
import { Queue, Worker as QueueWorker } from 'bullmq';
import { Redis } from 'ioredis';
import { createPageFetchJob, type FetchPath } from './fetch-page-job.ts';
import { createFrontier, type FetchJob } from './frontier.ts';
import { RedisPolitenessScheduler } from './redis-politeness.ts';
import { RedisRobotsCache } from './redis-robots-cache.ts';
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
const robotsCache = new RedisRobotsCache(redis, config.QUEUE_PREFIX);
function fetchPath(allowPrivate: boolean): FetchPath {
  const fetcher = new PageFetcher({
    userAgent: config.USER_AGENT,
    totalTimeoutMs: config.FETCH_TIMEOUT_MS,
    allowPrivate,
  });
  const robots = new RobotsGate({
    userAgent: config.USER_AGENT,
    cache: robotsCache,
    fetchRobots: (robotsUrl) => fetcher.fetch(robotsUrl, { accept: 'any', maxBodyBytes: 512 * 1024 }),
  });
  return { fetcher, robots };
}
const paths = { public: fetchPath(false), private: fetchPath(true) };

// Sources change rarely; a short cache keeps one Mongo read off every fetch and every link batch.
const SOURCE_CACHE_MS = 30_000;
const sourceCache = new Map<string, { source: Source | null; linkFilter: LinkFilter | null; at: number }>();
async function cachedSource(name: string) {
  const cached = sourceCache.get(name);
  if (cached && Date.now() - cached.at < SOURCE_CACHE_MS) return cached;
  const source = await store.sources.findById(name).lean<Source>();
  const linkFilter = source
    ? createLinkFilter({
        siteUrls: source.startUrls,
        allow: source.allow,
        deny: source.deny,
        maxDepth: config.MAX_CRAWL_DEPTH,
      })
    : null;
  const entry = { source, linkFilter, at: Date.now() };
  sourceCache.set(name, entry);
  return entry;
}
const sourceByName = async (name: string) => (await cachedSource(name)).source;

const fetchWorker = new QueueWorker<FetchJob>(
  'fetch',
  createPageFetchJob({
    worker,
    paths,
    politeness: new RedisPolitenessScheduler(redis, { prefix: config.QUEUE_PREFIX }),
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
    const { source, linkFilter } = await cachedSource(discovered.source);
    if (!source?.enabled || !linkFilter) return;
    const depth = discovered.depth + 1;
    const jobs: FetchJob[] = [];
    for (const link of discovered.links) {
      const decision = linkFilter(link.url, depth);
      if (decision.accepted)
        jobs.push({ source: source._id, url: decision.url, depth, traceId: newTraceId() });
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
  await Promise.all([paths.public.fetcher.close(), paths.private.fetcher.close()]);
  await redis.quit();
});
