// Issue 12: one enrichment took longer than the 30 s session timeout; the enricher was dropped from
// its group, its commit was refused ("The coordinator is not aware of this member") and the
// message was handled again — one article six times. A handler may take as long as it needs: the
// consumer keeps its membership while it works. Here with the broker's shortest session (6 s) and
// a handler taking three times that.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  consumeTopic,
  createKafkaClient,
  createPublisher,
  ensureTopics,
  type Publisher,
} from '@newsflow/kafka';
import { getTestServices, isolate, waitFor } from '@newsflow/testing';
import type { Kafka } from 'kafkajs';
import pino from 'pino';

const SESSION_TIMEOUT_MS = 6_000;

describe('a long handler', { timeout: 120_000 }, () => {
  const { topicPrefix } = isolate('long-handler');
  const topic = `${topicPrefix}slow`;
  const logger = pino({ level: 'silent' });
  let kafka: Kafka;
  let publisher: Publisher;

  before(async () => {
    const services = await getTestServices();
    kafka = createKafkaClient({ brokers: services.kafkaBrokers, clientId: 'long-handler-test', logger });
    await ensureTopics(kafka, [topic], 1);
    publisher = await createPublisher(kafka);
  });
  after(async () => {
    await publisher?.close();
  });

  it('keeps its group membership: the message is handled once and committed', async () => {
    const handled: string[] = [];
    const consumer = await consumeTopic({
      kafka,
      groupId: `${topicPrefix}slow-group`,
      topic,
      logger,
      sessionTimeoutMs: SESSION_TIMEOUT_MS,
      heartbeatIntervalMs: 1_000,
      async handle(message) {
        handled.push(message.value);
        if (message.value === '"slow"') await new Promise((wake) => setTimeout(wake, 3 * SESSION_TIMEOUT_MS));
      },
    });
    try {
      await publisher.publish(topic, [{ key: 'a', value: 'slow' }]);
      await waitFor('the slow message to start', () => handled.length > 0, { timeoutMs: 30_000 });
      await publisher.publish(topic, [{ key: 'a', value: 'next' }]);
      await waitFor('the next message', () => handled.includes('"next"'), { timeoutMs: 60_000 }).catch(
        (error: Error) => assert.fail(`${error.message}; handled: ${handled.join(', ')}`),
      );
      // A redelivery would come right after the refused commit; give it the time to show.
      await new Promise((wake) => setTimeout(wake, 3_000));
      assert.deepEqual(handled, ['"slow"', '"next"']);
    } finally {
      await consumer.stop();
    }
  });
});
