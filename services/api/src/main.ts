// The API service: articles, stream, stories and the operator API over HTTP (express), the
// status page and docs, plus /metrics, /healthz, /readyz. Wiring only: see app.ts.
import { apiEnv, loadConfigOrExit } from '@newsflow/config';
import { TOPICS } from '@newsflow/contracts';
import { createKafkaClient } from '@newsflow/kafka';
import { createLogger, createMetricsRegistry, onShutdown } from '@newsflow/observability';
import { consumerGroupId } from '@newsflow/stage';
import { connectStore } from '@newsflow/store';
import { Redis } from 'ioredis';
import { createApp } from './app.ts';
import { queueBoard } from './http/queue-board.ts';
import { createPipelineAdapters } from './operations/pipeline-adapters.ts';
import { EnrichedFeed, type EnrichedLog } from './stream/enriched-feed.ts';

const config = loadConfigOrExit('api', apiEnv);
const logger = createLogger('api', config.LOG_LEVEL);
if (config.API_AUTH === 'demo' && config.NODE_ENV === 'production') {
  process.stderr.write(
    'api: configuration error: API_AUTH: demo (keyless) is refused when NODE_ENV=production\n',
  );
  process.exit(78);
}
if (config.API_AUTH === 'demo') logger.warn('API_AUTH=demo: no API key needed, every caller is an admin');
const registry = createMetricsRegistry('api');
const store = await connectStore({ uri: config.MONGODB_URI, dbName: config.MONGODB_DB });
// Rate limiting fails fast (no offline queue) rather than holding requests while Redis is away.
const redis = new Redis(config.REDIS_URL, { enableOfflineQueue: false, maxRetriesPerRequest: 1 });
redis.on('error', (error) => logger.debug({ err: error }, 'redis (rate limit) error'));
const pipeline = createPipelineAdapters({
  kafkaBrokers: config.KAFKA_BROKERS,
  topicPrefix: config.TOPIC_PREFIX,
  redisUrl: config.REDIS_URL,
  queuePrefix: config.QUEUE_PREFIX,
  logger,
});
const streamLog: EnrichedLog = {
  kafka: createKafkaClient({ brokers: config.KAFKA_BROKERS, clientId: 'newsflow-api-stream', logger }),
  topic: config.TOPIC_PREFIX + TOPICS.articlesEnriched,
  groupPrefix: consumerGroupId(config.TOPIC_PREFIX, 'api-stream'),
  articles: store.articles,
  logger,
};
const streamFeed = new EnrichedFeed(streamLog);

let server: import('node:http').Server | undefined;
const isShuttingDown = onShutdown(logger, [
  () => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())),
  () => streamFeed.close(),
  () => pipeline.close(),
  () => redis.quit().then(() => undefined),
  () => store.close(),
]);
const app = createApp({
  store,
  registry,
  logger,
  readiness: [{ name: 'mongodb', check: () => store.ping() }],
  isShuttingDown,
  maxPageSize: config.API_MAX_PAGE_SIZE,
  auth: config.API_AUTH,
  corsOrigins: config.API_CORS_ORIGINS,
  rateLimit: { redis, prefix: config.QUEUE_PREFIX, perMinute: config.API_RATE_LIMIT_PER_MINUTE },
  pipeline,
  services: config.API_SERVICE_URLS,
  prometheusUrl: config.PROMETHEUS_URL,
  stream: { heartbeatMs: config.API_STREAM_HEARTBEAT_MS, log: streamLog, feed: streamFeed },
  edges: {
    authFailuresPerMinute: config.API_AUTH_FAILURES_PER_MINUTE,
    bodyTimeoutMs: config.API_BODY_TIMEOUT_MS,
    streamsPerKey: config.API_STREAM_MAX_PER_KEY,
  },
  queueBoard: queueBoard(Object.values(pipeline.queues)),
});
server = app.listen(config.PORT, () =>
  logger.info({ port: config.PORT, auth: config.API_AUTH }, 'api started'),
);
// Node's own backstop behind the body deadline: headers must arrive within 10 s and a whole
// request (an SSE request is whole once its headers are in) within twice the body deadline.
server.headersTimeout = 10_000;
server.requestTimeout = Math.max(2 * config.API_BODY_TIMEOUT_MS, server.headersTimeout + 1000);
