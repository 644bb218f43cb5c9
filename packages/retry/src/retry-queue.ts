import { type Job, Queue, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { type ClassifiedError, classifyError } from './errors.ts';

/** A failed unit of work waiting for another attempt, with everything needed to retry it. */
export interface RetryPayload<T> {
  work: T;
  /** Attempts already made before this one entered the queue (the first, in-line attempt). */
  priorAttempts: number;
  lastError: ClassifiedError;
}

export interface RetryQueue<T> {
  /** Schedules another attempt after the first backoff delay. */
  enqueue(work: T, error: ClassifiedError, id?: string): Promise<void>;
  counts(): Promise<Record<string, number>>;
  close(): Promise<void>;
}

export interface RetryQueueOptions<T> {
  redisUrl: string;
  /** Key prefix in Redis: deployments and tests sharing one Redis stay apart. */
  prefix: string;
  name: string;
  /** Total attempts, the first in-line one included; the last failure goes to `giveUp`. */
  attempts: number;
  /** Delay before the first retry; each later one doubles, ±50 % jitter. */
  backoffMs: number;
  concurrency?: number;
  attempt: (work: T) => Promise<void>;
  /** Called once when the work failed permanently or ran out of attempts (DLQ + failures). */
  giveUp: (work: T, error: ClassifiedError, attempts: number, jobId: string | undefined) => Promise<void>;
  logger: Logger;
}

/** Jitter spreads retries of a burst of failures (e.g. a store outage) instead of retrying in lockstep. */
const BACKOFF_JITTER = 0.5;

/**
 * The retry path of every stage, on BullMQ: failed work waits in Redis with exponential backoff
 * and jitter, is attempted again by a worker, and is handed to `giveUp` when it fails
 * permanently or its attempts are spent. Giving up happens inside the job, so a job only
 * completes once its failure is durably recorded.
 */
export function createRetryQueue<T>(options: RetryQueueOptions<T>): RetryQueue<T> {
  // BullMQ workers block on Redis: they need `maxRetriesPerRequest: null`.
  const queueConnection = new Redis(options.redisUrl, { maxRetriesPerRequest: null });
  const workerConnection = new Redis(options.redisUrl, { maxRetriesPerRequest: null });
  const queue = new Queue<RetryPayload<T>>(options.name, {
    connection: queueConnection,
    prefix: options.prefix,
  });
  const retriesLeftAfterFirst = Math.max(1, options.attempts - 1);

  const worker = new Worker<RetryPayload<T>>(
    options.name,
    async (job: Job<RetryPayload<T>>) => {
      const attemptNumber = job.data.priorAttempts + job.attemptsMade + 1;
      try {
        await options.attempt(job.data.work);
      } catch (error) {
        const classified = classifyError(error);
        if (classified.kind === 'permanent' || attemptNumber >= options.attempts) {
          await options.giveUp(job.data.work, classified, attemptNumber, job.id);
          return;
        }
        options.logger.warn(
          { attempt: attemptNumber, reason: classified.reason, err: error },
          'retry failed again',
        );
        throw error;
      }
      options.logger.info({ attempt: attemptNumber }, 'retry succeeded');
    },
    {
      connection: workerConnection,
      prefix: options.prefix,
      concurrency: options.concurrency ?? 4,
    },
  );
  worker.on('error', (error) => options.logger.error({ err: error }, 'retry worker error'));

  return {
    async enqueue(work, error, id) {
      await queue.add(
        'retry',
        { work, priorAttempts: 1, lastError: error },
        {
          ...(id ? { jobId: id } : {}),
          attempts: retriesLeftAfterFirst,
          delay: Math.round(options.backoffMs * (1 - BACKOFF_JITTER * Math.random())),
          backoff: { type: 'exponential', delay: options.backoffMs * 2, jitter: BACKOFF_JITTER },
          removeOnComplete: { count: 1000 },
          removeOnFail: { count: 5000 },
        },
      );
    },
    counts: () => queue.getJobCounts('waiting', 'active', 'delayed', 'failed', 'completed'),
    async close() {
      await worker.close();
      await queue.close();
      await Promise.allSettled([queueConnection.quit(), workerConnection.quit()]);
    },
  };
}
