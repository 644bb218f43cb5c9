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
 * A handler may take longer than the session timeout (a slow enrichment, a store outage): the
 * consumer heartbeats while it works, so the group keeps it and its commit is accepted, instead of
 * evicting it and redelivering the message to do it again.
 *
 * Runs on `eachBatch` rather than `eachMessage`: kafkajs' `consumer.commitOffsets` is a no-op
 * once a stop has begun, so the message in hand at SIGTERM would be handled but not committed,
 * and handled again after the restart. The batch's own commit works until the batch returns.
 *
 * Partitions are handled concurrently (one message at a time per partition, so a key's messages
 * stay in order), and handled offsets are committed together at most every `commitIntervalMs`
 * and when a batch ends: an offset commit per message was a broker round trip per message, the
 * stage's own speed limit. A crash redelivers at most that interval's messages, which the stages
 * handle idempotently, as they do any redelivery.
 */
export async function consumeTopic(options: {
  kafka: Kafka;
  groupId: string;
  topic: string;
  logger: Logger;
  handle: (message: IncomingMessage) => Promise<void>;
  /** The group's session timeout (tests shorten it; the broker's minimum is 6 s by default). */
  sessionTimeoutMs?: number;
  heartbeatIntervalMs?: number;
  /** Partitions handled at the same time (default 3, the pipeline topics' partition count). */
  concurrency?: number;
  /** Longest time handled offsets wait for their commit while a batch goes on (default 1 s). */
  commitIntervalMs?: number;
}): Promise<ConsumerHandle> {
  const heartbeatIntervalMs = options.heartbeatIntervalMs ?? 3_000;
  const consumer: Consumer = options.kafka.consumer({
    groupId: options.groupId,
    allowAutoTopicCreation: false,
    sessionTimeout: options.sessionTimeoutMs ?? 30_000,
    heartbeatInterval: heartbeatIntervalMs,
  });
  await consumer.connect();
  await consumer.subscribe({ topic: options.topic, fromBeginning: true });
  const commitIntervalMs = options.commitIntervalMs ?? 1_000;
  await consumer.run({
    autoCommit: false,
    eachBatchAutoResolve: false,
    partitionsConsumedConcurrently: options.concurrency ?? 3,
    eachBatch: async ({ batch, resolveOffset, commitOffsetsIfNecessary, heartbeat, isRunning, isStale }) => {
      const { topic, partition } = batch;
      // The next offset to commit (the one after the last handled), if not committed yet.
      let handled: string | null = null;
      let lastCommit = Date.now();
      const commit = async () => {
        if (handled === null) return;
        const offset = handled;
        handled = null;
        lastCommit = Date.now();
        await commitOffsetsIfNecessary({ topics: [{ topic, partitions: [{ partition, offset }] }] });
      };
      try {
        for (const message of batch.messages) {
          // Stopping, or the partition was reassigned: leave the rest for whoever consumes next.
          if (!isRunning() || isStale()) break;
          await whileHeartbeating(heartbeat, heartbeatIntervalMs, options.logger, () =>
            options.handle({
              topic,
              partition,
              offset: message.offset,
              key: message.key?.toString() ?? null,
              value: message.value?.toString() ?? '',
              headers: decodeHeaders(message.headers),
            }),
          );
          resolveOffset(message.offset);
          handled = (BigInt(message.offset) + 1n).toString();
          if (Date.now() - lastCommit >= commitIntervalMs) await commit();
          await heartbeat();
        }
      } finally {
        // Whatever was handled is committed before the batch returns, a failed handler included.
        await commit();
      }
    },
  });
  return { stop: () => consumer.disconnect() };
}
/**
 * Runs `work` while sending the group heartbeats it would otherwise miss: kafkajs heartbeats only
 * between messages, so a handler longer than the session timeout got its consumer evicted (issue
 * 12). A failed heartbeat (a rebalance under way) is logged, not thrown: the work goes on, and the
 * batch notices the rebalance afterwards (`isStale`, a refused commit redelivers it).
 */
async function whileHeartbeating<T>(
  heartbeat: () => Promise<void>,
  intervalMs: number,
  logger: Logger,
  work: () => Promise<T>,
): Promise<T> {
  let sending = false;
  const timer = setInterval(() => {
    if (sending) return;
    sending = true;
    heartbeat()
      .catch((error: Error) => logger.warn({ err: error }, 'heartbeat during a long handler failed'))
      .finally(() => {
        sending = false;
      });
  }, intervalMs);
  try {
    return await work();
  } finally {
    clearInterval(timer);
  }
}

function decodeHeaders(headers: Record<string, unknown> | undefined): Record<string, string> {
  const decoded: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (value === undefined || value === null) continue;
    decoded[name] = Array.isArray(value) ? String(value[0]) : String(value);
  }
  return decoded;
}
