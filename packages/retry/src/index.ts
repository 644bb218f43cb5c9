export { dropKeys, dropKeysMatching } from './drop-keys.ts';
export {
  type ClassifiedError,
  classifyError,
  type FailureKind,
  PermanentError,
  TransientError,
} from './errors.ts';
export {
  createRetryQueue,
  type RetryPayload,
  type RetryQueue,
  type RetryQueueOptions,
} from './retry-queue.ts';
