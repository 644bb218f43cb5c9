export { type ApiOptions, createApp } from './app.ts';
export { type Principal, requireRole } from './http/auth.ts';
export { type Access, RouteCatalog, type RouteSpec } from './openapi/catalog.ts';
export { buildOpenApiDocument, openApiPath } from './openapi/document.ts';
export {
  createPipelineAdapters,
  type PipelineAdapters,
  QUEUE_NAMES,
} from './operations/pipeline-adapters.ts';
export { type PipelineStatus, pipelineStatus } from './operations/pipeline-status.ts';
export { type ReprocessProgress, reprocessArticles } from './operations/reprocess.ts';
