export { createLogger, type Logger, type TraceFields, withTrace } from './logger.ts';
export {
  createEnrichMetrics,
  createMetricsRegistry,
  createStageMetrics,
  type EnrichMetrics,
  type StageMetrics,
} from './metrics.ts';
export { checkReadiness, createOpsHandler, type ReadinessCheck, startOpsServer } from './ops-server.ts';
export { onShutdown } from './shutdown.ts';
