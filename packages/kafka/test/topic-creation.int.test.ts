// Issue 12: started together on a new topic prefix, the enricher once exited 1 with
// `KafkaJSProtocolError: This server does not host this topic-partition` while creating topics.
// Every service ensures the topics at start, in any order and at the same time: creation must be
// idempotent (another's TOPIC_ALREADY_EXISTS is fine) and done only once every partition has a
// leader, so the first produce or subscribe right after it finds the topic served.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createKafkaClient, createPublisher, ensureTopics } from '@newsflow/kafka';
import { getTestServices, isolate } from '@newsflow/testing';
import pino from 'pino';

const TOPICS = ['pages.fetched.v1', 'links.discovered.v1', 'articles.parsed.v1', 'articles.enriched.v1'];
const STARTERS = 5;

describe('ensureTopics', { timeout: 180_000 }, () => {
  const logger = pino({ level: 'silent' });

  for (let round = 1; round <= 3; round++) {
    it(`lets ${STARTERS} services started together on a new prefix all use every topic at once (round ${round})`, async () => {
      const { brokers } = { brokers: (await getTestServices()).kafkaBrokers };
      const { topicPrefix } = isolate('topic-race');
      const topics = TOPICS.flatMap((topic) => [topicPrefix + topic, `${topicPrefix + topic}.dlq`]);
      const outcomes = await Promise.allSettled(
        Array.from({ length: STARTERS }, async (_, i) => {
          const kafka = createKafkaClient({ brokers, clientId: `starter-${i}`, logger });
          await ensureTopics(kafka, topics, 3);
          // What a service does next: publish, and read every partition's offsets.
          const publisher = await createPublisher(kafka);
          const admin = kafka.admin();
          await admin.connect();
          try {
            for (const topic of topics) {
              await publisher.publish(topic, [{ key: `k${i}`, value: { from: i } }]);
              const offsets = await admin.fetchTopicOffsets(topic);
              assert.equal(offsets.length, 3);
            }
          } finally {
            await admin.disconnect();
            await publisher.close();
          }
        }),
      );
      const failures = outcomes.flatMap((outcome) =>
        outcome.status === 'rejected' ? [String((outcome.reason as Error).message)] : [],
      );
      assert.deepEqual(failures, []);
    });
  }
});
