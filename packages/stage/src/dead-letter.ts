import { dlqTopic } from '@newsflow/contracts';
import type { Publisher } from '@newsflow/kafka';
import type { ClassifiedError } from '@newsflow/retry';
import type { FailureOperations } from '@newsflow/store';

/** A Kafka message as kept for retries and dead letters: enough to put it back on its topic. */
export interface StageMessage {
  topic: string;
  partition: number | null;
  offset: string | null;
  key: string | null;
  value: string;
  headers: Record<string, string>;
}

export interface DeadLetter {
  record(message: StageMessage, error: ClassifiedError, attempts: number, jobId?: string): Promise<void>;
}

/** What operators need to find a failure again, read from the payload when it is JSON. */
function traceFields(value: string): { traceId: string | null; source: string | null; url: string | null } {
  try {
    const parsed = JSON.parse(value) as Record<string, unknown>;
    const text = (field: unknown) => (typeof field === 'string' ? field.slice(0, 2000) : null);
    return {
      traceId: text(parsed.traceId),
      source: text(parsed.source),
      url: text(parsed.url ?? parsed.fromUrl),
    };
  } catch {
    return { traceId: null, source: null, url: null };
  }
}

/**
 * Gives up on a message for good: publishes it unchanged to its topic's `.dlq` (with the reason in
 * headers) and records it in the `failures` collection with the error, attempts and payload, so
 * operators can see and replay it.
 */
export function createDeadLetter(options: {
  stage: string;
  publisher: Publisher;
  failures: FailureOperations;
}): DeadLetter {
  return {
    async record(message, error, attempts, jobId) {
      const fields = traceFields(message.value);
      await options.publisher.publish(dlqTopic(message.topic), [
        {
          key: message.key ?? '',
          value: message.value === '' ? null : safeJson(message.value),
          headers: {
            ...message.headers,
            'x-failure-stage': options.stage,
            'x-failure-reason': error.reason,
            'x-failure-attempts': String(attempts),
          },
        },
      ]);
      await options.failures.record({
        stage: options.stage,
        topic: message.topic,
        kind: error.kind,
        reason: error.reason,
        message: error.message.slice(0, 4000),
        attempts,
        payloadRef: {
          topic: message.topic,
          partition: message.partition,
          offset: message.offset,
          key: message.key,
          jobId: jobId ?? null,
        },
        payload: message.value,
        ...fields,
      });
    },
  };
}

/** DLQ messages keep the original bytes: valid JSON is re-sent as is, anything else as a string. */
function safeJson(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}
