// What the crawler integration tests share: the test services, an isolated crawler process,
// a consumer collecting what it published on pages.fetched.v1, and the failures collection.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { allTopics, type PageFetched, TOPIC_PARTITIONS, TOPICS } from '@newsflow/contracts';
import { ensureTopics } from '@newsflow/kafka';
import { connectStore, type Failure, type Store } from '@newsflow/store';
import { internalsOf } from '@newsflow/store/internals';
import {
  freePort,
  getTestServices,
  type Isolation,
  isolate,
  type ServiceProcess,
  serviceEnvFor,
  startService,
} from '@newsflow/testing';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { type Consumer, Kafka, logLevel } from 'kafkajs';
import { stringify } from 'yaml';

export interface CrawlHarness {
  isolation: Isolation;
  env: Record<string, string>;
  store: Store;
  /** Every pages.fetched.v1 message so far, in arrival order. */
  pages: PageFetched[];
  startCrawler(extraEnv?: Record<string, string>): Promise<ServiceProcess & { metricsUrl: string }>;
  /** The parser, so pages' links reach the crawler as they do in production. */
  startParser(): Promise<ServiceProcess>;
  /** Queues a fetch job as the scheduler does for a later round. */
  queueJob(job: { source: string; url: string; kind: string; round: number }): Promise<void>;
  failures(): Promise<Failure[]>;
  close(): Promise<void>;
}

/** Starts the harness: topics created, consumer running, sources written to a sources.yaml. */
export async function startCrawlHarness(
  label: string,
  sources: Array<Record<string, unknown>>,
  extraEnv: Record<string, string> = {},
): Promise<CrawlHarness> {
  const services = await getTestServices();
  const isolation = isolate(label);
  const dir = await mkdtemp(join(tmpdir(), `newsflow-${label}-`));
  const sourcesFile = join(dir, 'sources.yaml');
  await writeFile(sourcesFile, stringify({ sources }));
  const env = serviceEnvFor(services, isolation, { SOURCES_FILE: sourcesFile, ...extraEnv });

  const kafka = new Kafka({
    clientId: `test-${label}`,
    brokers: services.kafkaBrokers,
    logLevel: logLevel.NOTHING,
  });
  await ensureTopics(kafka, allTopics(isolation.topicPrefix), TOPIC_PARTITIONS);
  const pages: PageFetched[] = [];
  const consumer: Consumer = kafka.consumer({ groupId: `test-${isolation.queuePrefix}` });
  await consumer.connect();
  await consumer.subscribe({ topic: isolation.topicPrefix + TOPICS.pagesFetched, fromBeginning: true });
  await consumer.run({
    eachMessage: async ({ message }) => {
      pages.push(JSON.parse(message.value?.toString() ?? '{}') as PageFetched);
    },
  });
  const store = await connectStore({ uri: services.mongoUri, dbName: isolation.dbName });
  const processes: ServiceProcess[] = [];
  return {
    isolation,
    env,
    store,
    pages,
    async startCrawler(more = {}) {
      const port = await freePort();
      const crawler = startService('crawler', { ...env, PORT: String(port), ...more });
      processes.push(crawler);
      return Object.assign(crawler, { metricsUrl: `http://127.0.0.1:${port}/metrics` });
    },
    async startParser() {
      const parser = startService('parser', { ...env, PORT: String(await freePort()) });
      processes.push(parser);
      return parser;
    },
    async queueJob(job) {
      const connection = new Redis(env.REDIS_URL!, { maxRetriesPerRequest: null });
      const queue = new Queue('fetch', { connection, prefix: isolation.queuePrefix });
      await queue.add('fetch', { ...job, depth: 0, traceId: `test-round-${job.round}` });
      await queue.close();
      await connection.quit();
    },
    failures: async () =>
      (await internalsOf(store).collection('failures').find().toArray()).map(
        (failure) => ({ ...failure, _id: String(failure._id) }) as Failure,
      ),
    async close() {
      await Promise.all(processes.map((process) => process.stop()));
      await consumer.disconnect();
      await store.dropDatabase().catch(() => undefined);
      await store.close();
    },
  };
}
