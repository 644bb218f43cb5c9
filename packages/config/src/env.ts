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
  /** A sources file (YAML) upserted into the `sources` collection at start; optional. */
  SOURCES_FILE: z.string().min(1).optional(),
  /** Identifies the crawler to sites, with a contact URL. */
  USER_AGENT: z.string().min(1).default('newsflow-crawler/0.1 (+https://github.com/newsflow/newsflow)'),
  /** Parallel fetches per crawler process, across all hosts. */
  CRAWL_CONCURRENCY: positiveInt.max(200).default(8),
  FETCH_TIMEOUT_MS: positiveInt.default(15000),
  MAX_CRAWL_DEPTH: z.coerce.number().int().min(0).max(20).default(3),
};

export const parserEnv = { ...serviceEnv, ...kafkaEnv, ...mongoEnv, ...redisEnv, ...retryEnv };
export const enricherEnv = { ...serviceEnv, ...kafkaEnv, ...mongoEnv, ...redisEnv, ...retryEnv };
export const apiEnv = {
  ...serviceEnv,
  ...mongoEnv,
  /** Largest page `GET /v1/articles` serves. */
  API_MAX_PAGE_SIZE: positiveInt.max(500).default(100),
};

export const SERVICE_ENV = {
  crawler: crawlerEnv,
  parser: parserEnv,
  enricher: enricherEnv,
  api: apiEnv,
} as const;
export type ServiceName = keyof typeof SERVICE_ENV;
