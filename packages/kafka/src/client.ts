import { type Admin, Kafka, logLevel as KafkaLogLevel, type LogEntry } from 'kafkajs';
import type { Logger } from 'pino';
import { fixKafkajsIdleTimer } from './idle-timer-fix.ts';
import { registerZstdCodec } from './zstd-codec.ts';

fixKafkajsIdleTimer();
registerZstdCodec();

/** A kafkajs client whose own logs go through the service's pino logger. */
export function createKafkaClient(options: { brokers: string[]; clientId: string; logger: Logger }): Kafka {
  const logger = options.logger.child({ component: 'kafkajs' });
  return new Kafka({
    clientId: options.clientId,
    brokers: options.brokers,
    logLevel: KafkaLogLevel.WARN,
    logCreator:
      () =>
      ({ level, log }: LogEntry) => {
        const { message, timestamp: _timestamp, logger: _name, ...extra } = log;
        if (level === KafkaLogLevel.ERROR) logger.error(extra, message);
        else if (level === KafkaLogLevel.WARN) logger.warn(extra, message);
        else logger.debug(extra, message);
      },
    retry: { initialRetryTime: 300, retries: 8 },
  });
}

/** How long topics may take to be served after they were created (by this process or another). */
const TOPICS_READY_TIMEOUT_MS = 60_000;

/**
 * Creates the topics that do not exist yet, with explicit partitions (the broker never
 * auto-creates; one count for all, or a count per topic), and returns only once every partition of every topic has a leader that serves it.
 *
 * Any service may do this at any start order, several at once (issue 12: started together on a
 * new prefix, one exited on "This server does not host this topic-partition"). So: another
 * process's creation (TOPIC_ALREADY_EXISTS) counts as done, and kafkajs' own wait for leaders is
 * not used — it gives up on the UNKNOWN_TOPIC_OR_PARTITION a broker answers until its metadata
 * has caught up, and is skipped altogether when every topic "already exists". Instead the metadata
 * is polled until it is complete, and each partition is then asked for its offsets, which only
 * the partition's leader answers.
 */
export async function ensureTopics(
  kafka: Kafka,
  topics: string[],
  partitions: number | ((topic: string) => number),
): Promise<void> {
  const partitionsOf = typeof partitions === 'number' ? () => partitions : partitions;
  const admin = kafka.admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const missing = topics.filter((topic) => !existing.has(topic));
    if (missing.length > 0) {
      try {
        // Resolves false when every topic already existed (created meanwhile by another process).
        await admin.createTopics({
          waitForLeaders: false,
          topics: missing.map((topic) => ({
            topic,
            numPartitions: partitionsOf(topic),
            replicationFactor: 1,
          })),
        });
      } catch (error) {
        if (!onlyAlreadyExists(error)) throw error;
      }
    }
    await waitUntilServed(admin, topics);
  } finally {
    await admin.disconnect();
  }
}

/** True for a creation refused only because the topics exist (kafkajs aggregates per topic). */
function onlyAlreadyExists(error: unknown): boolean {
  const errors = (error as { errors?: Array<{ type?: string }> }).errors ?? [error as { type?: string }];
  return errors.length > 0 && errors.every((one) => one?.type === 'TOPIC_ALREADY_EXISTS');
}

/** Errors a broker answers while a topic created a moment ago is not served yet. */
const NOT_YET_SERVED = new Set([
  'UNKNOWN_TOPIC_OR_PARTITION',
  'LEADER_NOT_AVAILABLE',
  'NOT_LEADER_FOR_PARTITION',
  'NOT_LEADER_OR_FOLLOWER',
]);

async function waitUntilServed(admin: Admin, topics: string[]): Promise<void> {
  const deadline = Date.now() + TOPICS_READY_TIMEOUT_MS;
  let pending = [...topics];
  for (let delay = 50; ; delay = Math.min(delay * 2, 1000)) {
    const stillPending: string[] = [];
    for (const topic of pending) {
      try {
        const { topics: described } = await admin.fetchTopicMetadata({ topics: [topic] });
        const leaders = described[0]?.partitions ?? [];
        if (leaders.length === 0 || leaders.some((partition) => partition.leader < 0)) {
          stillPending.push(topic);
          continue;
        }
        // Answered by each partition's leader: the topic is served, not only known.
        await admin.fetchTopicOffsets(topic);
      } catch (error) {
        const type = (error as { type?: string }).type ?? '';
        if (!NOT_YET_SERVED.has(type)) throw error;
        stillPending.push(topic);
      }
    }
    if (stillPending.length === 0) return;
    if (Date.now() > deadline)
      throw new Error(
        `Kafka topics not served ${TOPICS_READY_TIMEOUT_MS} ms after creation: ${stillPending.join(', ')}`,
      );
    pending = stillPending;
    await new Promise((wake) => setTimeout(wake, delay));
  }
}
