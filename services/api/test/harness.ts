// Starts the API app in-process against the real test services, isolated (own database, topic
// prefix and Redis prefix), with one admin and one reader key.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { allTopics, partitionsFor, TOPICS } from '@newsflow/contracts';
import { createKafkaClient, ensureTopics } from '@newsflow/kafka';
import { createLogger, createMetricsRegistry } from '@newsflow/observability';
import { connectStore, type Store } from '@newsflow/store';
import {
  dropIsolation,
  getTestServices,
  type Isolation,
  isolate,
  type TestServices,
} from '@newsflow/testing';
import { Redis } from 'ioredis';
import { type ApiOptions, createApp } from '../src/app.ts';
import { queueBoard } from '../src/http/queue-board.ts';
import { createPipelineAdapters, type PipelineAdapters } from '../src/operations/pipeline-adapters.ts';
import { EnrichedFeed, type EnrichedLog } from '../src/stream/enriched-feed.ts';

export interface Harness {
  base: string;
  store: Store;
  services: TestServices;
  isolation: Isolation;
  pipeline: PipelineAdapters;
  adminKey: string;
  readerKey: string;
  app: ReturnType<typeof createApp>;
  /** fetch with a key (admin by default; `null` for none). */
  call(path: string, init?: RequestInit & { key?: string | null }): Promise<Response>;
  close(): Promise<void>;
}

export async function startHarness(
  label: string,
  overrides: Partial<ApiOptions> & { topics?: boolean; rateLimitPerMinute?: number } = {},
): Promise<Harness> {
  const services = await getTestServices();
  const isolation = isolate(label);
  const store = await connectStore({ uri: services.mongoUri, dbName: isolation.dbName });
  const logger = createLogger(`api-${label}`, process.env.API_TEST_LOG ?? 'silent');
  const kafka = createKafkaClient({ brokers: services.kafkaBrokers, clientId: 'api-test', logger });
  if (overrides.topics) await ensureTopics(kafka, allTopics(isolation.topicPrefix), partitionsFor);
  // The stream's reader connects on the first /v1/stream request only.
  const streamLog: EnrichedLog = {
    kafka,
    topic: isolation.topicPrefix + TOPICS.articlesEnriched,
    groupPrefix: `${isolation.queuePrefix}-api-stream`,
    articles: store.articles,
    logger,
  };
  const streamFeed = new EnrichedFeed(streamLog);
  const redis = new Redis(services.redisUrl, { enableOfflineQueue: true, maxRetriesPerRequest: 1 });
  const pipeline = createPipelineAdapters({
    kafkaBrokers: services.kafkaBrokers,
    topicPrefix: isolation.topicPrefix,
    redisUrl: services.redisUrl,
    queuePrefix: isolation.queuePrefix,
    logger,
  });
  const admin = await store.apiKeys.create({ name: 'test admin', role: 'admin' });
  const reader = await store.apiKeys.create({ name: 'test reader', role: 'reader' });
  const app = createApp({
    store,
    registry: createMetricsRegistry('api-test'),
    logger,
    readiness: [{ name: 'mongodb', check: () => store.ping() }],
    isShuttingDown: () => false,
    maxPageSize: 100,
    auth: 'keys',
    corsOrigins: ['https://app.example'],
    rateLimit: { redis, prefix: isolation.queuePrefix, perMinute: overrides.rateLimitPerMinute ?? 100_000 },
    pipeline,
    services: [],
    stream: { heartbeatMs: 1000, log: streamLog, feed: streamFeed },
    queueBoard: queueBoard(Object.values(pipeline.queues)),
    ...overrides,
  });
  const server: Server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    store,
    services,
    isolation,
    pipeline,
    adminKey: admin.key,
    readerKey: reader.key,
    app,
    call(path, init = {}) {
      const { key = admin.key, headers, ...rest } = init;
      return fetch(base + path, {
        ...rest,
        headers: {
          ...(key ? { authorization: `Bearer ${key}` } : {}),
          ...(headers as Record<string, string>),
        },
      });
    },
    async close() {
      server.closeAllConnections();
      server.close();
      await streamFeed.close();
      await pipeline.close();
      await redis.quit();
      await store.close();
      await dropIsolation(services, isolation);
    },
  };
}

/** A stored article with every field the API filters on. */
export function makeArticle(index: number, fields: Record<string, unknown> = {}) {
  const id = index.toString(16).padStart(32, '0');
  const now = new Date('2024-07-01T00:00:00Z');
  const publishedAt = 'publishedAt' in fields ? (fields.publishedAt as Date | null) : now;
  return {
    _id: id,
    source: 'alpha',
    url: `https://example.org/a/${index}`,
    canonicalUrl: `https://example.org/a/${index}`,
    title: `Article ${index}`,
    subtitle: null,
    authors: [],
    section: null,
    tags: [],
    modifiedAt: null,
    body: `Body of article ${index}.`,
    bodyHtml: null,
    language: 'en',
    leadImage: null,
    related: [],
    contentHash: `h${index}`,
    status: 'enriched' as const,
    extraction: { version: 'test-1', provenance: {} },
    enrichment: null,
    traceId: `trace-${index}`,
    fetchedAt: now,
    firstSeenAt: now,
    updatedAt: now,
    ...fields,
    publishedAt,
    sortAt: publishedAt ?? now,
  };
}
