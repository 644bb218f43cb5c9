import { createOpsHandler, type Logger, type ReadinessCheck } from '@newsflow/observability';
import type { Store } from '@newsflow/store';
import express, { type Express } from 'express';
import type { Registry } from 'prom-client';
import { problemHandler, sendProblem } from './problem.ts';
import { articlesRouter } from './routes/articles.ts';

/** The API's express app: routes, ops endpoints and problem+json errors; no listening here. */
export function createApp(options: {
  store: Store;
  registry: Registry;
  logger: Logger;
  maxPageSize: number;
  readiness: ReadinessCheck[];
  isShuttingDown: () => boolean;
}): Express {
  const app = express();
  app.disable('x-powered-by');
  // Plain `?a=b` parsing only: nested objects such as `?source[$ne]=x` never reach a handler.
  app.set('query parser', 'simple');
  const ops = createOpsHandler(options);
  app.use((req, res, next) => {
    ops(req, res)
      .then((handled) => handled || next())
      .catch(next);
  });
  app.use(articlesRouter(options.store.articles, { maxPageSize: options.maxPageSize }));
  app.use((_req, res) => sendProblem(res, 404, 'Not Found'));
  app.use(problemHandler(options.logger));
  return app;
}
