import { z } from 'zod';

/**
 * Environment schemas shared by the services. Each service composes the pieces it needs, so a
 * variable means the same thing everywhere, and docker-compose.yml is checked against them.
 */

/** `host:port` pairs, comma-separated, e.g. `127.0.0.1:9092,10.0.0.2:9092`. */
const brokerList = z
  .string()
  .trim()
  .min(1)
  .transform((value) => value.split(',').map((broker) => broker.trim()))
  .pipe(z.array(z.string().regex(/^[A-Za-z0-9.-]+:\d{1,5}$/, 'expected host:port[,host:port…]')).min(1));

const port = z.coerce.number().int().min(0).max(65535);
const positiveInt = z.coerce.number().int().positive();

export const kafkaEnv = {
  KAFKA_BROKERS: brokerList,
  /** Prepended to every topic name; tests and side-by-side deployments isolate with it. */
  TOPIC_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9._-]*$/, 'letters, digits, . _ - only')
    .default(''),
};

export const mongoEnv = {
  MONGODB_URI: z.string().regex(/^mongodb(\+srv)?:\/\/.+/, 'expected a mongodb:// URI'),
  /** Database name; defaults to the one in the URI, else `newsflow`. */
  MONGODB_DB: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,63}$/)
    .optional(),
};

export const redisEnv = {
  REDIS_URL: z.string().regex(/^rediss?:\/\/.+/, 'expected a redis:// URL'),
  /** Prefix of every BullMQ key, so several deployments (or tests) share one Redis safely. */
  QUEUE_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9_-]+$/)
    .default('newsflow'),
};

export const serviceEnv = {
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Port of the service's HTTP server: /metrics, /healthz, /readyz (and the API itself). */
  PORT: port,
};

/** Every pipeline worker (crawler, parser, enricher). */
export const workerEnv = {
  /**
   * Exit (status 1, for the supervisor to restart) when the store has not answered a ping for this
   * long; 0 = never. A driver that does not reconnect would otherwise leave the worker stuck.
   */
  STORE_UNREADY_EXIT_MS: z.coerce.number().int().min(0).max(3_600_000).default(120_000),
};

export const retryEnv = {
  /** Attempts before a failed message goes to the DLQ and the failures collection. */
  RETRY_ATTEMPTS: positiveInt.max(50).default(5),
  /** First retry delay; later ones double (with jitter). */
  RETRY_BACKOFF_MS: positiveInt.default(1000),
};

export const crawlerEnv = {
  ...serviceEnv,
  ...kafkaEnv,
  ...mongoEnv,
  ...redisEnv,
  ...retryEnv,
  ...workerEnv,
  /** A sources file (YAML) upserted into the `sources` collection at start; optional. */
  SOURCES_FILE: z.string().min(1).optional(),
  /** Identifies the crawler to sites, with a contact URL. */
  USER_AGENT: z.string().min(1).default('newsflow-crawler/0.1 (+https://github.com/newsflow/newsflow)'),
  /** Parallel fetches per crawler process, across all hosts. */
  CRAWL_CONCURRENCY: positiveInt.max(200).default(8),
  /** Whole-fetch timeout (redirects included); also caps the headers and body-idle timeouts. */
  FETCH_TIMEOUT_MS: positiveInt.default(15000),
  /** Days an admitted URL stays in the frontier's seen-set; found again after that, it is fetched again. */
  CRAWL_SEEN_RETENTION_DAYS: z.coerce.number().positive().max(3650).default(90),
  /** Link depth followed from the start URLs, for sources that set no `maxDepth`. */
  MAX_CRAWL_DEPTH: z.coerce.number().int().min(0).max(20).default(3),
  /** Largest page body accepted on the wire, enforced while streaming (issue 5: 5 MB). */
  MAX_BODY_BYTES: positiveInt.max(50 * 1024 * 1024).default(5 * 1024 * 1024),
  /** Parallel fetches across all crawler processes (BullMQ global concurrency); 0: no global cap. */
  CRAWL_GLOBAL_CONCURRENCY: z.coerce.number().int().min(0).max(10_000).default(0),
  /** Per-host delay applied before a host's sources set theirs (politeness default). */
  DEFAULT_HOST_DELAY_MS: z.coerce.number().int().min(0).max(600_000).default(1000),
  /**
   * How long a host's robots.txt may stay unreadable (429, 5xx, timeouts, network errors; the
   * host is deferred meanwhile) before it is recorded as one host-level failure and the pages
   * queued for it are dropped until a later round finds them again.
   */
  ROBOTS_OUTAGE_MS: positiveInt.default(3_600_000),
};

/** A pipeline stage consuming Kafka, writing the store, retrying through Redis. */
const stageEnv = { ...serviceEnv, ...kafkaEnv, ...mongoEnv, ...redisEnv, ...retryEnv, ...workerEnv };
export const parserEnv = {
  ...stageEnv,
  /** Days a page not stored (`store.pagesNotStored`) stays listed after it was last seen. */
  PAGES_NOT_STORED_RETENTION_DAYS: z.coerce.number().positive().max(3650).default(30),
};
export const enricherEnv = stageEnv;
export const clustererEnv = stageEnv;
/** `name=url` pairs, comma-separated: the services whose /readyz the pipeline status reports. */
const serviceUrls = z
  .string()
  .trim()
  .transform((value) => (value === '' ? [] : value.split(',').map((pair) => pair.trim())))
  .pipe(
    z.array(
      z
        .string()
        .regex(/^[a-z0-9_-]+=https?:\/\/\S+$/, 'expected name=http://host:port[,name=…]')
        .transform((pair) => {
          const at = pair.indexOf('=');
          return { name: pair.slice(0, at), url: pair.slice(at + 1) };
        }),
    ),
  );

export const apiEnv = {
  ...serviceEnv,
  ...mongoEnv,
  ...kafkaEnv,
  ...redisEnv,
  /** Largest page `GET /v1/articles` serves. */
  API_MAX_PAGE_SIZE: positiveInt.max(500).default(100),
  /** `production` refuses the keyless demo mode. */
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  /** `keys`: every /v1 request needs an API key; `demo`: keyless, everyone is admin (local demos only). */
  API_AUTH: z.enum(['keys', 'demo']).default('keys'),
  /** Origins allowed by CORS, comma-separated, or `*`; empty = no cross-origin access. */
  API_CORS_ORIGINS: z
    .string()
    .trim()
    .default('')
    .transform((value) => (value === '' ? [] : value.split(',').map((origin) => origin.trim())))
    .pipe(z.array(z.union([z.literal('*'), z.url({ protocol: /^https?$/ })]))),
  /** Requests per minute per API key (or per address in demo mode), unless the key sets its own. */
  API_RATE_LIMIT_PER_MINUTE: positiveInt.max(1_000_000).default(600),
  /** Services whose /readyz the pipeline status shows, e.g. `crawler=http://crawler:9101`. */
  API_SERVICE_URLS: serviceUrls.default([]),
  /** A Prometheus loading infra/monitoring/rules: the status page then shows its firing alerts. */
  PROMETHEUS_URL: z.url({ protocol: /^https?$/ }).optional(),
  /** Comment lines keeping idle `/v1/stream` connections open through proxies. */
  API_STREAM_HEARTBEAT_MS: positiveInt.min(1000).max(300_000).default(15_000),
  /** Open `/v1/stream` connections one key may hold per API process; more get 429. */
  API_STREAM_MAX_PER_KEY: positiveInt.max(1000).default(5),
  /** Wrong API keys one address may present per minute before 429 (checked before any lookup). */
  API_AUTH_FAILURES_PER_MINUTE: positiveInt.max(100_000).default(20),
  /** Time to receive a request body (after the key was checked); slower ones get 408 and are closed. */
  API_BODY_TIMEOUT_MS: positiveInt.min(100).max(300_000).default(10_000),
};

export const SERVICE_ENV = {
  crawler: crawlerEnv,
  parser: parserEnv,
  enricher: enricherEnv,
  clusterer: clustererEnv,
  api: apiEnv,
} as const;
export type ServiceName = keyof typeof SERVICE_ENV;
