import { createOpsHandler, type Logger, type ReadinessCheck } from '@newsflow/observability';
import type { Store } from '@newsflow/store';
import compression from 'compression';
import express, { type Express, type RequestHandler } from 'express';
import type { Redis } from 'ioredis';
import type { Registry } from 'prom-client';
import { type AuthMode, authenticate } from './http/auth.ts';
import { authFailureLimit } from './http/auth-failures.ts';
import { jsonBody } from './http/body.ts';
import { pipelineGauges, requestMetrics } from './http/metrics.ts';
import { refusePrototypeNames } from './http/path-guard.ts';
import { rateLimit } from './http/rate-limit.ts';
import { corsPolicy, securityHeaders } from './http/security.ts';
import { streamLimit } from './http/stream-limit.ts';
import { RouteCatalog } from './openapi/catalog.ts';
import type { PipelineAdapters } from './operations/pipeline-adapters.ts';
import { problemHandler, sendProblem } from './problem.ts';
import { articlesRouter } from './routes/articles.ts';
import { docsRouter } from './routes/docs.ts';
import { failuresRouter } from './routes/failures.ts';
import { operationsRouter } from './routes/operations.ts';
import { pagesNotStoredRouter } from './routes/pages-not-stored.ts';
import { sourcesRouter } from './routes/sources.ts';
import { storiesRouter } from './routes/stories.ts';
import { streamRouter } from './routes/stream.ts';
import { statusPageRouter } from './status-page/router.ts';
import type { EnrichedFeed, EnrichedLog } from './stream/enriched-feed.ts';

export interface ApiOptions {
  store: Store;
  registry: Registry;
  logger: Logger;
  readiness: ReadinessCheck[];
  isShuttingDown: () => boolean;
  maxPageSize: number;
  auth: AuthMode;
  corsOrigins: string[];
  rateLimit: { redis: Redis; prefix: string; perMinute: number };
  pipeline: PipelineAdapters;
  /** Services whose /readyz the pipeline status shows. */
  services: { name: string; url: string }[];
  /** A Prometheus with newsflow's alert rules: the status shows its firing alerts. */
  prometheusUrl?: string | undefined;
  /** The live stream: the `articles.enriched.v1` log and its one shared reader (main.ts stops it). */
  stream: { heartbeatMs: number; log: EnrichedLog; feed: EnrichedFeed };
  /** Limits at the edge (issue 12); defaults: the config's (packages/config `apiEnv`). */
  edges?: Partial<ApiEdges>;
  /** The BullMQ board, mounted at /admin/queues for admins. */
  queueBoard?: RequestHandler;
  version?: string;
}

export interface ApiEdges {
  /** Wrong keys per address per minute before 429 (`API_AUTH_FAILURES_PER_MINUTE`). */
  authFailuresPerMinute: number;
  /** Time to receive a request body (`API_BODY_TIMEOUT_MS`). */
  bodyTimeoutMs: number;
  /** Open `/v1/stream` connections per key and process (`API_STREAM_MAX_PER_KEY`). */
  streamsPerKey: number;
}

/** The config's defaults, for callers (tests) that set none. */
export const DEFAULT_EDGES: ApiEdges = { authFailuresPerMinute: 20, bodyTimeoutMs: 10_000, streamsPerKey: 5 };

/** The API's express app: middlewares, routes (each recorded for OpenAPI), ops endpoints, problems. */
export function createApp(options: ApiOptions): Express & { catalog: RouteCatalog } {
  const app = express();
  const catalog = new RouteCatalog();
  app.disable('x-powered-by');
  // Plain `?a=b` parsing only: nested objects such as `?source[$ne]=x` never reach a handler.
  app.set('query parser', 'simple');
  app.set('trust proxy', 'loopback');
  pipelineGauges(options.registry, options.pipeline);
  const ops = createOpsHandler(options);
  app.use((req, res, next) => {
    ops(req, res)
      .then((handled) => handled || next())
      .catch(next);
  });
  app.use(requestMetrics(options.registry));
  app.use(securityHeaders());
  app.use(corsPolicy(options.corsOrigins));
  // Server-Sent Events must reach the client as written, not wait in a gzip buffer.
  app.use(compression({ filter: (req, res) => req.path !== '/v1/stream' && compression.filter(req, res) }));
  const edges = { ...DEFAULT_EDGES, ...options.edges };
  app.use(refusePrototypeNames());
  // Who is calling comes first, failed attempts limited per address before any key lookup; the
  // body is read only then, within a deadline.
  const failures = authFailureLimit({
    redis: options.rateLimit.redis,
    prefix: options.rateLimit.prefix,
    perMinute: edges.authFailuresPerMinute,
    logger: options.logger,
  });
  app.use(authenticate({ mode: options.auth, apiKeys: options.store.apiKeys, failures }));
  app.use(rateLimit({ ...options.rateLimit, logger: options.logger }));
  app.use(streamLimit({ path: '/v1/stream', perKey: edges.streamsPerKey }));
  app.use(jsonBody({ limit: '1mb', timeoutMs: edges.bodyTimeoutMs }));

  app.use(statusPageRouter());
  app.use(docsRouter(catalog, options.version ?? '0.1.0'));
  app.use(articlesRouter(catalog, options.store.articles, { maxPageSize: options.maxPageSize }));
  app.use(streamRouter(catalog, options.stream.feed, options.stream.log, options.stream));
  app.use(storiesRouter(catalog, options.store));
  app.use(sourcesRouter(catalog, options.store.sources, options.pipeline));
  app.use(failuresRouter(catalog, options.store.failures, options.pipeline));
  app.use(pagesNotStoredRouter(catalog, options.store.pagesNotStored));
  app.use(
    operationsRouter(catalog, {
      store: options.store,
      pipeline: options.pipeline,
      services: options.services,
      prometheusUrl: options.prometheusUrl,
    }),
  );
  if (options.queueBoard) app.use('/admin/queues', options.queueBoard);
  app.use((_req, res) => sendProblem(res, 404, 'Not Found'));
  app.use(problemHandler(options.logger));
  return Object.assign(app, { catalog });
}
