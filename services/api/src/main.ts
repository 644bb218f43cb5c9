// The API service: articles from MongoDB over HTTP (express), plus /metrics, /healthz, /readyz.
import { apiEnv, loadConfigOrExit } from '@newsflow/config';
import { createLogger, createMetricsRegistry, onShutdown } from '@newsflow/observability';
import { connectStore } from '@newsflow/store';
import { createApp } from './app.ts';

const config = loadConfigOrExit('api', apiEnv);
const logger = createLogger('api', config.LOG_LEVEL);
const registry = createMetricsRegistry('api');
const store = await connectStore({ uri: config.MONGODB_URI, dbName: config.MONGODB_DB });

let server: import('node:http').Server | undefined;
const isShuttingDown = onShutdown(logger, [
  () => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())),
  () => store.close(),
]);
const app = createApp({
  store,
  registry,
  logger,
  maxPageSize: config.API_MAX_PAGE_SIZE,
  readiness: [{ name: 'mongodb', check: () => store.ping() }],
  isShuttingDown,
});
server = app.listen(config.PORT, () => logger.info({ port: config.PORT }, 'api started'));
