// The crawler service: sources → BullMQ fetch jobs (polite, retried) → pages.fetched.v1;
// feeds, sitemaps and links.discovered.v1 → in-scope, not-yet-seen URLs → more fetch jobs.
import { crawlerEnv, exitOnConfigError, loadConfigOrExit } from '@newsflow/config';
import { TOPICS } from '@newsflow/contracts';
import { startWorker } from '@newsflow/stage';
import { type Job, Queue, Worker as QueueWorker } from 'bullmq';
import { Redis } from 'ioredis';
import { createCrawlMetrics } from './crawl-metrics.ts';
import { RedisFailureCauses } from './failure-causes.ts';
import { createPageFetchJob } from './fetch-page-job.ts';
import { createFetchPaths } from './fetch-paths.ts';
import { RedisFetchState } from './fetch-state.ts';
import { createFrontier, type FetchJob, migrateLegacySeenSets } from './frontier.ts';
import { createLinkIntake } from './link-intake.ts';
import { createPageBatcher } from './page-batcher.ts';
import { RedisPolitenessScheduler } from './redis-politeness.ts';
import { RedisRobotsCache } from './redis-robots-cache.ts';
import { RedisRobotsOutages } from './robots-outage.ts';
import {
  type CrawlQueueJob,
  runScheduledRound,
  SCHEDULE_JOB,
  type ScheduleJob,
  startScheduler,
} from './scheduler.ts';
import { createSourceActivity } from './source-activity.ts';
import { createSourceRegistry } from './source-registry.ts';
import { RedisSourceSlots } from './source-slots.ts';
import { readSourcesFile, upsertSources } from './sources-file.ts';
import { RedisUrlShapes } from './url-shapes.ts';

const config = loadConfigOrExit('crawler', crawlerEnv);
const sourcesFromFile = config.SOURCES_FILE
  ? await readSourcesFile(config.SOURCES_FILE).catch((error) => exitOnConfigError('crawler', error))
  : [];
const worker = await startWorker('crawler', config);
const { logger, store } = worker;
await upsertSources(store.sources, sourcesFromFile);

const redis = new Redis(config.REDIS_URL, { maxRetriesPerRequest: null });
const queue = new Queue<CrawlQueueJob>('fetch', {
  connection: redis,
  prefix: config.QUEUE_PREFIX,
  defaultJobOptions: {
    attempts: config.RETRY_ATTEMPTS,
    backoff: { type: 'exponential', delay: config.RETRY_BACKOFF_MS, jitter: 0.5 },
    removeOnComplete: { count: 10_000 },
    removeOnFail: { count: 10_000 },
  },
});
// Shared by every process on this queue: the last one started sets it (0 removes the cap).
if (config.CRAWL_GLOBAL_CONCURRENCY > 0) await queue.setGlobalConcurrency(config.CRAWL_GLOBAL_CONCURRENCY);
else await queue.removeGlobalConcurrency();
const frontier = createFrontier(redis, queue, config.QUEUE_PREFIX, {
  seenRetentionMs: config.CRAWL_SEEN_RETENTION_DAYS * 24 * 3600_000,
});
const migrated = await migrateLegacySeenSets(redis, config.QUEUE_PREFIX);
if (migrated > 0) logger.info({ urls: migrated }, 'seen-sets moved to the retention-trimmed frontier');
const sources = createSourceRegistry(store.sources, config.MAX_CRAWL_DEPTH);
const metrics = createCrawlMetrics(worker.registry, queue);
const robotsCache = new RedisRobotsCache(redis, config.QUEUE_PREFIX);
const shapes = new RedisUrlShapes(redis, config.QUEUE_PREFIX);
const pages = createPageBatcher(worker.publisher, worker.topic(TOPICS.pagesFetched));
const activity = createSourceActivity(store.sources, logger);
const paths = createFetchPaths({
  userAgent: config.USER_AGENT,
  fetchTimeoutMs: config.FETCH_TIMEOUT_MS,
  maxBodyBytes: config.MAX_BODY_BYTES,
  robotsCache,
});

const fetchPage = createPageFetchJob({
  worker,
  pages,
  activity,
  paths,
  politeness: new RedisPolitenessScheduler(redis, {
    prefix: config.QUEUE_PREFIX,
    defaultDelayMs: config.DEFAULT_HOST_DELAY_MS,
    // A host's lease outlives any live fetch; a dead crawler's lease frees itself after it.
    leaseMs: Math.max(120_000, 2 * config.FETCH_TIMEOUT_MS),
  }),
  robotsCache,
  // Twice the whole-fetch timeout: a live fetch never loses its slot to expiry.
  sourceSlots: new RedisSourceSlots(redis, config.QUEUE_PREFIX, 2 * config.FETCH_TIMEOUT_MS),
  sources,
  frontier,
  fetchState: new RedisFetchState(redis, config.QUEUE_PREFIX),
  shapes,
  robotsOutages: new RedisRobotsOutages(redis, config.QUEUE_PREFIX),
  failureCauses: new RedisFailureCauses(redis, config.QUEUE_PREFIX),
  robotsOutageMs: config.ROBOTS_OUTAGE_MS,
  retryBackoffMs: config.RETRY_BACKOFF_MS,
  metrics,
  attempts: config.RETRY_ATTEMPTS,
  logger: logger.child({ component: 'fetch' }),
});
// One queue: the sources' scheduled rounds and the fetches they lead to.
const fetchWorker = new QueueWorker<CrawlQueueJob>(
  'fetch',
  (job, token) =>
    job.name === SCHEDULE_JOB
      ? runScheduledRound(job as Job<ScheduleJob>, sources, frontier)
      : fetchPage(job as Job<FetchJob>, token),
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
  handle: createLinkIntake({ sources, frontier, shapes, metrics, logger }),
});
const stopScheduler = await startScheduler(sources, queue, logger);

worker.onStop(async () => {
  stopScheduler();
  await fetchWorker.close();
  await activity.stop();
  await queue.close();
  await paths.close();
  await redis.quit();
});
