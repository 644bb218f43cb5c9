import { allTopics, partitionsFor } from '@newsflow/contracts';
import { createKafkaClient, createPublisher, ensureTopics, type Publisher } from '@newsflow/kafka';
import {
  createLogger,
  createMetricsRegistry,
  createStageMetrics,
  type Logger,
  onShutdown,
  type ReadinessCheck,
  type StageMetrics,
  startOpsServer,
} from '@newsflow/observability';
import { connectStore, type Store } from '@newsflow/store';
import type { Kafka } from 'kafkajs';
import type { Registry } from 'prom-client';
import { redisReadiness } from './redis-readiness.ts';
import { type RunningStage, runStage, type StageOptions } from './run-stage.ts';
import { watchStore } from './store-watchdog.ts';

/** The environment every pipeline worker shares (see @newsflow/config). */
export interface WorkerConfig {
  PORT: number;
  LOG_LEVEL: string;
  KAFKA_BROKERS: string[];
  TOPIC_PREFIX: string;
  MONGODB_URI: string;
  MONGODB_DB?: string | undefined;
  REDIS_URL: string;
  QUEUE_PREFIX: string;
  RETRY_ATTEMPTS: number;
  RETRY_BACKOFF_MS: number;
  /** Exit when the store has not answered for this long (0: never); see store-watchdog.ts. */
  STORE_UNREADY_EXIT_MS?: number;
}

/** A worker's connected adapters: what a stage handler gets to do its side effects. */
export interface Worker {
  service: string;
  config: WorkerConfig;
  logger: Logger;
  registry: Registry;
  metrics: StageMetrics;
  kafka: Kafka;
  publisher: Publisher;
  store: Store;
  /** A topic's name under this deployment's prefix. */
  topic(name: string): string;
  /** Adds a step to the graceful shutdown, run before the shared connections close. */
  onStop(step: () => Promise<unknown>): void;
  /** Runs a stage consuming `topic` with the retry/DLQ path wired to this worker's adapters. */
  runStage(options: Pick<StageOptions, 'stage' | 'handle'> & { topic: string }): Promise<RunningStage>;
}

/**
 * Connects a worker service (crawler, parser, enricher): logger, metrics, Kafka (topics ensured),
 * the store, the ops server (/metrics, /healthz, and /readyz: MongoDB, Kafka and Redis answer,
 * plus the service's own checks), and a graceful shutdown on SIGTERM that
 * stops consuming, lets in-flight work finish and commit, then closes every connection.
 */
export async function startWorker(
  service: string,
  config: WorkerConfig,
  readiness: ReadinessCheck[] = [],
): Promise<Worker> {
  const logger = createLogger(service, config.LOG_LEVEL);
  const registry = createMetricsRegistry(service);
  const metrics = createStageMetrics(registry);
  const kafka = createKafkaClient({ brokers: config.KAFKA_BROKERS, clientId: `newsflow-${service}`, logger });
  await ensureTopics(kafka, allTopics(config.TOPIC_PREFIX), partitionsFor);
  const publisher = await createPublisher(kafka);
  const store = await connectStore({ uri: config.MONGODB_URI, dbName: config.MONGODB_DB });
  const redis = redisReadiness(config.REDIS_URL);

  const stopWatching = watchStore({
    ping: () => store.ping(),
    unreadyExitMs: config.STORE_UNREADY_EXIT_MS ?? 0,
    logger,
  });

  const stopSteps: Array<() => Promise<unknown>> = [];
  const isShuttingDown = onShutdown(logger, [
    async () => {
      stopWatching();
      for (const step of stopSteps) await step();
    },
    () => publisher.close(),
    () => store.close(),
    () => redis.close(),
  ]);
  await startOpsServer(config.PORT, {
    registry,
    isShuttingDown,
    readiness: [
      { name: 'mongodb', check: () => store.ping() },
      { name: 'kafka', check: () => pingKafka(kafka) },
      redis.check,
      ...readiness,
    ],
  });

  const worker: Worker = {
    service,
    config,
    logger,
    registry,
    metrics,
    kafka,
    publisher,
    store,
    topic: (name) => config.TOPIC_PREFIX + name,
    onStop: (step) => stopSteps.push(step),
    async runStage({ stage, topic, handle }) {
      const running = await runStage({
        stage,
        topic,
        groupPrefix: config.TOPIC_PREFIX,
        handle,
        kafka,
        publisher,
        failures: store.failures,
        redisUrl: config.REDIS_URL,
        queuePrefix: config.QUEUE_PREFIX,
        retry: { attempts: config.RETRY_ATTEMPTS, backoffMs: config.RETRY_BACKOFF_MS },
        logger: logger.child({ stage }),
        metrics,
      });
      // Stages stop before the other steps: no new work, and in-flight work finishes and commits.
      stopSteps.unshift(() => running.stop());
      return running;
    },
  };
  logger.info({ port: config.PORT, topicPrefix: config.TOPIC_PREFIX }, `${service} started`);
  return worker;
}

async function pingKafka(kafka: Kafka): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    await admin.describeCluster();
  } finally {
    await admin.disconnect();
  }
}
