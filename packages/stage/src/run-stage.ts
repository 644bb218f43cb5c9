import { type ConsumerHandle, consumeTopic, type Publisher } from '@newsflow/kafka';
import { type Logger, type StageMetrics, withTrace } from '@newsflow/observability';
import { classifyError, createRetryQueue, type RetryQueue } from '@newsflow/retry';
import type { FailureOperations } from '@newsflow/store';
import type { Kafka } from 'kafkajs';
import { createDeadLetter, type StageMessage } from './dead-letter.ts';

/** The Kafka consumer group of a stage in a deployment (its topic prefix keeps deployments apart). */
export function consumerGroupId(topicPrefix: string, stage: string): string {
  return `${topicPrefix}newsflow-${stage}`;
}

export interface StageOptions {
  /** The stage's name: consumer group, retry queue and failures records are named after it. */
  stage: string;
  /** The topic consumed, prefix included. */
  topic: string;
  /** Prepended to the consumer group (the deployment's topic prefix): deployments sharing a broker stay apart. */
  groupPrefix?: string;
  kafka: Kafka;
  publisher: Publisher;
  failures: FailureOperations;
  redisUrl: string;
  queuePrefix: string;
  retry: { attempts: number; backoffMs: number };
  logger: Logger;
  metrics: StageMetrics;
  /** The stage's work for one message; throws a classified error (or any error: transient). */
  handle: (message: StageMessage, logger: Logger) => Promise<void>;
}

export interface RunningStage {
  retryQueue: RetryQueue<StageMessage>;
  stop(): Promise<void>;
}

/**
 * Runs one pipeline stage: consumes its topic, handles each message, and on failure routes it
 * — transient: to the BullMQ retry queue (exponential backoff with jitter); permanent, or out
 * of attempts: to the topic's DLQ and the failures collection. The Kafka offset is committed
 * only after the message was handled or durably handed to the retry queue or the DLQ, so a
 * crash loses nothing and the consumer never stalls on one bad message.
 */
export async function runStage(options: StageOptions): Promise<RunningStage> {
  const { stage, metrics } = options;
  const deadLetter = createDeadLetter({ stage, publisher: options.publisher, failures: options.failures });
  // Every outcome's series exists from the start, at 0: Prometheus's increase() then sees the
  // first dead letter (NewsflowDeadLetters in infra/monitoring/rules), not only the second.
  for (const outcome of ['ok', 'retry', 'dead']) metrics.messages.inc({ stage, outcome }, 0);

  const attempt = async (message: StageMessage) => {
    const logger = withTrace(options.logger, { traceId: message.headers['trace-id'] });
    const stopTimer = metrics.duration.startTimer({ stage });
    await options.handle(message, logger);
    stopTimer();
    metrics.messages.inc({ stage, outcome: 'ok' });
  };

  const giveUp = async (
    message: StageMessage,
    error: ReturnType<typeof classifyError>,
    attempts: number,
    jobId?: string,
  ) => {
    await deadLetter.record(message, error, attempts, jobId);
    metrics.messages.inc({ stage, outcome: 'dead' });
    options.logger.error(
      {
        reason: error.reason,
        kind: error.kind,
        attempts,
        topic: message.topic,
        offset: message.offset,
        key: message.key,
      },
      `gave up on message: ${error.message}`,
    );
  };

  const retryQueue = createRetryQueue<StageMessage>({
    redisUrl: options.redisUrl,
    prefix: options.queuePrefix,
    name: `${stage}-retry`,
    attempts: options.retry.attempts,
    backoffMs: options.retry.backoffMs,
    attempt,
    giveUp: (message, error, attempts, jobId) => giveUp(message, error, attempts, jobId),
    logger: options.logger.child({ component: 'retry' }),
  });

  const consumer: ConsumerHandle = await consumeTopic({
    kafka: options.kafka,
    groupId: consumerGroupId(options.groupPrefix ?? '', stage),
    topic: options.topic,
    logger: options.logger,
    handle: async (incoming) => {
      const message: StageMessage = { ...incoming };
      try {
        await attempt(message);
      } catch (error) {
        const classified = classifyError(error);
        metrics.failures.inc({ stage, kind: classified.kind, reason: classified.reason });
        if (classified.kind === 'permanent' || options.retry.attempts <= 1) {
          await giveUp(message, classified, 1);
        } else {
          options.logger.warn(
            { reason: classified.reason, err: error, key: message.key },
            'message failed: scheduled for retry',
          );
          // One retry job per Kafka position: a redelivered message does not schedule a second one.
          await retryQueue.enqueue(
            message,
            classified,
            `${message.topic}-p${message.partition}-o${message.offset}`,
          );
          metrics.messages.inc({ stage, outcome: 'retry' });
        }
      }
    },
  });

  return {
    retryQueue,
    async stop() {
      await consumer.stop();
      await retryQueue.close();
    },
  };
}
