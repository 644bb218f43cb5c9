import type { Consumer, Kafka } from 'kafkajs';
import type { Logger } from 'pino';

/** One message as a stage sees it: the raw value (not yet validated) and where it came from. */
export interface IncomingMessage {
  topic: string;
  partition: number;
  offset: string;
  key: string | null;
  value: string;
  headers: Record<string, string>;
}

export interface ConsumerHandle {
  /** Stops fetching, waits for the message in hand to finish, commits, and leaves the group. */
  stop(): Promise<void>;
}

/**
 * Consumes a topic one message at a time and commits a message's offset only after `handle`
 * has resolved, i.e. after its side effects. If `handle` throws, the offset is not committed
 * and kafkajs redelivers the message (the stage runner routes failures so this is rare).
 *
 * Runs on `eachBatch` rather than `eachMessage`: kafkajs' `consumer.commitOffsets` is a no-op
 * once a stop has begun, so the message in hand at SIGTERM would be handled but not committed,
 * and handled again after the restart. The batch's own commit works until the batch returns.
 */
export async function consumeTopic(options: {
  kafka: Kafka;
  groupId: string;
  topic: string;
  logger: Logger;
  handle: (message: IncomingMessage) => Promise<void>;
}): Promise<ConsumerHandle> {
  const consumer: Consumer = options.kafka.consumer({
    groupId: options.groupId,
    allowAutoTopicCreation: false,
    sessionTimeout: 30_000,
    heartbeatInterval: 3_000,
  });
  await consumer.connect();
  await consumer.subscribe({ topic: options.topic, fromBeginning: true });
  await consumer.run({
    autoCommit: false,
    eachBatchAutoResolve: false,
    eachBatch: async ({ batch, resolveOffset, commitOffsetsIfNecessary, heartbeat, isRunning, isStale }) => {
      const { topic, partition } = batch;
      for (const message of batch.messages) {
        // Stopping, or the partition was reassigned: leave the rest for whoever consumes next.
        if (!isRunning() || isStale()) break;
        await options.handle({
          topic,
          partition,
          offset: message.offset,
          key: message.key?.toString() ?? null,
          value: message.value?.toString() ?? '',
          headers: decodeHeaders(message.headers),
        });
        resolveOffset(message.offset);
        const next = (BigInt(message.offset) + 1n).toString();
        await commitOffsetsIfNecessary({ topics: [{ topic, partitions: [{ partition, offset: next }] }] });
        await heartbeat();
      }
    },
  });
  return { stop: () => consumer.disconnect() };
}
function decodeHeaders(headers: Record<string, unknown> | undefined): Record<string, string> {
  const decoded: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (value === undefined || value === null) continue;
    decoded[name] = Array.isArray(value) ? String(value[0]) : String(value);
  }
  return decoded;
}
