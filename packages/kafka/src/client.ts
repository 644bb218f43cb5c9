import { Kafka, logLevel as KafkaLogLevel, type LogEntry } from 'kafkajs';
import type { Logger } from 'pino';
import { fixKafkajsIdleTimer } from './idle-timer-fix.ts';

fixKafkajsIdleTimer();

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

/**
 * Creates the topics that do not exist yet, with explicit partitions (the broker never
 * auto-creates): one count for all, or a count per topic.
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
      await admin.createTopics({
        waitForLeaders: true,
        topics: missing.map((topic) => ({ topic, numPartitions: partitionsOf(topic), replicationFactor: 1 })),
      });
    }
  } finally {
    await admin.disconnect();
  }
}
