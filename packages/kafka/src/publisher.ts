import { CompressionTypes, type Kafka, Partitioners, type Producer } from 'kafkajs';

export interface OutgoingMessage {
  /** Partitioning key: an article id or URL, so one article's messages stay in order. */
  key: string;
  value: unknown;
  headers?: Record<string, string>;
}

/** Publishes JSON messages; zstd (zstd-codec.ts) keeps large pages under the broker's message limit. */
export interface Publisher {
  publish(topic: string, messages: OutgoingMessage[]): Promise<void>;
  close(): Promise<void>;
}

export async function createPublisher(kafka: Kafka): Promise<Publisher> {
  const producer: Producer = kafka.producer({
    allowAutoTopicCreation: false,
    createPartitioner: Partitioners.DefaultPartitioner,
  });
  await producer.connect();
  return {
    async publish(topic, messages) {
      if (messages.length === 0) return;
      await producer.send({
        topic,
        compression: CompressionTypes.ZSTD,
        messages: messages.map(({ key, value, headers }) => ({
          key,
          value: JSON.stringify(value),
          headers: { 'content-type': 'application/json', ...headers },
        })),
      });
    },
    close: () => producer.disconnect(),
  };
}
