export { createDeadLetter, type DeadLetter, type StageMessage } from './dead-letter.ts';
export {
  articleParsedEvent,
  type ParsedEventSource,
  REPARSE_DEPTH,
  type RepublishOptions,
  rawPageEvent,
  republishParsedArticles,
} from './republish.ts';
export { consumerGroupId, type RunningStage, runStage, type StageOptions } from './run-stage.ts';
export { startWorker, type Worker, type WorkerConfig } from './worker.ts';
