import { createKafkaClient } from '@newsflow/kafka';
import type { Logger } from '@newsflow/observability';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { type Admin, CompressionTypes, type Kafka, type Producer } from 'kafkajs';

/** BullMQ queues of the pipeline: the crawler's fetch queue and each stage's retry queue. */
export const QUEUE_NAMES = [
  'fetch',
  'parser-retry',
  'enricher-retry',
  'clusterer-retry',
  'crawler-links-retry',
] as const;

/** One URL to fetch, as the crawler queues it. */
export interface FetchJob {
  source: string;
  url: string;
  depth: number;
  traceId: string;
}

/**
 * The API's handles on the pipeline: a raw Kafka producer (replays put the original bytes back),
 * the Kafka admin (lag, DLQ sizes) and the BullMQ queues. Kafka connects on first use, so the
 * read API serves articles even while Kafka is away.
 */
export interface PipelineAdapters {
  topicPrefix: string;
  publishRaw(topic: string, messages: { key: string | null; value: string }[]): Promise<void>;
  admin(): Promise<Admin>;
  queues: Record<(typeof QUEUE_NAMES)[number], Queue>;
  enqueueFetch(job: FetchJob, jobId: string): Promise<void>;
  close(): Promise<void>;
}

export function createPipelineAdapters(options: {
  kafkaBrokers: string[];
  topicPrefix: string;
  redisUrl: string;
  queuePrefix: string;
  logger: Logger;
}): PipelineAdapters {
  let kafka: Kafka | undefined;
  let producer: Promise<Producer> | undefined;
  let admin: Promise<Admin> | undefined;
  const client = () => {
    kafka ??= createKafkaClient({
      brokers: options.kafkaBrokers,
      clientId: 'newsflow-api',
      logger: options.logger,
    });
    return kafka;
  };
  // A failed connect is forgotten, so the next operation tries again.
  const connected = <T extends { connect(): Promise<void> }>(make: () => T, reset: () => void) => {
    const instance = make();
    return instance.connect().then(
      () => instance,
      (error: unknown) => {
        reset();
        throw error;
      },
    );
  };
  const connection = new Redis(options.redisUrl, { maxRetriesPerRequest: null });
  const queues = Object.fromEntries(
    QUEUE_NAMES.map((name) => [name, new Queue(name, { connection, prefix: options.queuePrefix })]),
  ) as PipelineAdapters['queues'];
  return {
    topicPrefix: options.topicPrefix,
    async publishRaw(topic, messages) {
      producer ??= connected(
        () => client().producer({ allowAutoTopicCreation: false }),
        () => {
          producer = undefined;
        },
      );
      await (await producer).send({
        topic,
        compression: CompressionTypes.GZIP,
        messages: messages.map(({ key, value }) => ({
          key,
          value,
          headers: { 'content-type': 'application/json' },
        })),
      });
    },
    admin() {
      admin ??= connected(
        () => client().admin(),
        () => {
          admin = undefined;
        },
      );
      return admin;
    },
    queues,
    async enqueueFetch(job, jobId) {
      // The crawler's own fetch queue defaults (attempts, backoff) apply to its jobs: set them here too.
      await queues.fetch.add('fetch', job, {
        jobId,
        attempts: 5,
        backoff: { type: 'exponential', delay: 1000, jitter: 0.5 },
        removeOnComplete: { count: 10_000 },
        removeOnFail: { count: 10_000 },
      });
    },
    async close() {
      await Promise.allSettled([
        producer?.then((p) => p.disconnect()),
        admin?.then((a) => a.disconnect()),
        ...Object.values(queues).map((queue) => queue.close()),
      ]);
      await connection.quit().catch(() => undefined);
    },
  };
}
