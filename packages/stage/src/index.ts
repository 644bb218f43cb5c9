export { createDeadLetter, type DeadLetter, type StageMessage } from './dead-letter.ts';
export { type RepublishOptions, republishParsedArticles, republishRawPages } from './republish.ts';
export { type RunningStage, runStage, type StageOptions } from './run-stage.ts';
export { startWorker, type Worker, type WorkerConfig } from './worker.ts';
