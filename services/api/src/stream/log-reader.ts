import { randomUUID } from 'node:crypto';
import type { Logger } from '@newsflow/observability';
import type { Consumer, Kafka } from 'kafkajs';
import type { LogPosition } from './log-position.ts';

/** One message of the log, as read. */
export interface LogRecord {
  partition: number;
  offset: number;
  value: string;
}

export interface LogReader {
  stop(): Promise<void>;
}

/**
 * Reads a topic from a position, each partition in offset order, handing every message at or
 * after the position to `onRecord` once (awaited, so the order holds). kafkajs has no group-less
 * consumer: each reader joins a consumer group of its own (a fresh id, never committed, so the
 * broker keeps no state for it once it leaves) and seeks every partition to the position.
 * Until the seeks apply, the group starts at the beginning of each partition, i.e. before the
 * position: what it reads then is skipped, or read in order, never past a message unread.
 */
export async function readLog(options: {
  kafka: Kafka;
  topic: string;
  /** Group ids start with it (the deployment's topic prefix and a purpose), for operators. */
  groupPrefix: string;
  from: LogPosition;
  logger: Logger;
  onRecord: (record: LogRecord) => Promise<void>;
}): Promise<LogReader> {
  // Read as the caller gave it, whatever the caller does with its map meanwhile.
  const from = new Map(options.from);
  const next = new Map(from);
  const consumer = options.kafka.consumer({
    groupId: `${options.groupPrefix}-${randomUUID()}`,
    allowAutoTopicCreation: false,
    sessionTimeout: 30_000,
    heartbeatInterval: 3_000,
  });
  // kafkajs restarts a consumer after a retriable crash (its seeks are then lost, but the group
  // starts again before the position, so `next` keeps the order); the log shows each crash.
  consumer.on(consumer.events.CRASH, ({ payload }) =>
    options.logger.warn({ err: payload.error, restart: payload.restart }, 'stream log reader crashed'),
  );
  await consumer.connect();
  try {
    await consumer.subscribe({ topic: options.topic, fromBeginning: true });
    await run(consumer, options, next);
  } catch (error) {
    await consumer.disconnect().catch(() => undefined);
    throw error;
  }
  for (const [partition, offset] of from)
    consumer.seek({ topic: options.topic, partition, offset: String(offset) });
  return {
    async stop() {
      await consumer.disconnect().catch((error) => options.logger.warn({ err: error }, 'log reader stop'));
    },
  };
}

function run(
  consumer: Consumer,
  options: { onRecord: (record: LogRecord) => Promise<void> },
  next: LogPosition,
): Promise<void> {
  return consumer.run({
    autoCommit: false,
    eachBatch: async ({ batch, heartbeat, isRunning }) => {
      for (const message of batch.messages) {
        if (!isRunning()) return;
        const offset = Number(message.offset);
        if (offset < (next.get(batch.partition) ?? 0)) continue;
        next.set(batch.partition, offset + 1);
        await options.onRecord({
          partition: batch.partition,
          offset,
          value: message.value?.toString() ?? '',
        });
      }
      await heartbeat();
    },
  });
}

/**
 * The end of each partition now: the offset the next message published to it will get. A topic
 * that does not exist (no pipeline service has started on this deployment yet) is an error at
 * once: kafkajs would retry its metadata for minutes, and the client's request hang meanwhile.
 */
export async function logEnd(kafka: Kafka, topic: string): Promise<LogPosition> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    if (!(await admin.listTopics()).includes(topic))
      throw new Error(`topic ${topic} does not exist yet (no pipeline service has created it)`);
    const offsets = await admin.fetchTopicOffsets(topic);
    return new Map(offsets.map(({ partition, high }) => [partition, Number(high)]));
  } finally {
    await admin.disconnect();
  }
}
