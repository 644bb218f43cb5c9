import type { Kafka } from 'kafkajs';

/**
 * The clusterer is the one writer of decisions only while its topic has one partition: with more,
 * several clusterers (one per partition) would decide at once, each blind to the others' pending
 * work. A topic created with the wrong count (by hand, or by an old tool) stops it at start-up.
 */
export async function assertSinglePartition(kafka: Kafka, topic: string): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const { topics } = await admin.fetchTopicMetadata({ topics: [topic] });
    const partitions = topics[0]?.partitions.length ?? 0;
    if (partitions !== 1)
      throw new Error(
        `${topic} has ${partitions} partitions; the clusterer needs exactly 1 (recreate the topic with one partition)`,
      );
  } finally {
    await admin.disconnect();
  }
}
