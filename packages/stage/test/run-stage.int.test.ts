// A stage against the real Kafka, FerretDB and Redis: stopping it lets the message in hand finish
// and commits its offset, so a restarted consumer neither loses nor repeats it; a transient
// failure is retried through BullMQ until it succeeds.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { allTopics, partitionsFor } from '@newsflow/contracts';
import { createKafkaClient, createPublisher, ensureTopics, type Publisher } from '@newsflow/kafka';
import { createLogger, createMetricsRegistry, createStageMetrics } from '@newsflow/observability';
import { TransientError } from '@newsflow/retry';
import { connectStore, type Store } from '@newsflow/store';
import { internalsOf } from '@newsflow/store/internals';
import { getTestServices, isolate, type TestServices, waitFor } from '@newsflow/testing';
import type { Kafka } from 'kafkajs';
import { runStage, type StageMessage } from '../src/index.ts';

describe('runStage', { timeout: 120_000 }, () => {
  const isolation = isolate('stage');
  const topic = `${isolation.topicPrefix}pages.fetched.v1`;
  const logger = createLogger('stage-test', 'silent');
  let services: TestServices;
  let kafka: Kafka;
  let publisher: Publisher;
  let store: Store;

  before(async () => {
    services = await getTestServices();
    kafka = createKafkaClient({ brokers: services.kafkaBrokers, clientId: 'stage-test', logger });
    await ensureTopics(kafka, allTopics(isolation.topicPrefix), partitionsFor);
    publisher = await createPublisher(kafka);
    store = await connectStore({ uri: services.mongoUri, dbName: isolation.dbName });
  });

  after(async () => {
    await publisher?.close();
    await store?.dropDatabase().catch(() => undefined);
    await store?.close();
  });

  const start = (stage: string, handle: (message: StageMessage) => Promise<void>, onTopic = topic) =>
    runStage({
      stage,
      topic: onTopic,
      groupPrefix: isolation.topicPrefix,
      kafka,
      publisher,
      failures: store.failures,
      redisUrl: services.redisUrl,
      queuePrefix: isolation.queuePrefix,
      retry: { attempts: 4, backoffMs: 200 },
      logger,
      metrics: createStageMetrics(createMetricsRegistry(`test-${stage}`)),
      handle: (message) => handle(message),
    });

  it('finishes the message in hand when stopped, and a restart does not repeat it', async () => {
    const handled: string[] = [];
    let started = false;
    const first = await start('graceful', async (message) => {
      started = true;
      await new Promise((resolve) => setTimeout(resolve, 1500));
      handled.push(message.value);
    });
    await publisher.publish(topic, [{ key: 'k', value: { n: 1 } }]);
    await waitFor('the handler to start', () => started);
    await first.stop();
    assert.deepEqual(handled, ['{"n":1}'], 'the in-flight message finished before stop returned');

    const second = await start('graceful', async (message) => {
      handled.push(message.value);
    });
    await publisher.publish(topic, [{ key: 'k', value: { n: 2 } }]);
    await waitFor('the next message', () => handled.length >= 2).catch((error) => {
      console.error(handled);
      throw error;
    });
    await new Promise((resolve) => setTimeout(resolve, 500));
    await second.stop();
    assert.deepEqual(handled, ['{"n":1}', '{"n":2}']);
  });

  it('retries a transient failure through the retry queue until it succeeds', async () => {
    let calls = 0;
    const flakyTopic = `${isolation.topicPrefix}articles.parsed.v1`;
    const stage = await start(
      'flaky',
      async () => {
        calls++;
        if (calls < 3) throw new TransientError('store_down', 'the store is down');
      },
      flakyTopic,
    );
    await publisher.publish(flakyTopic, [{ key: 'x', value: { n: 3 } }]);
    await waitFor('the third attempt', () => calls >= 3, { timeoutMs: 30_000 });
    const counts = await waitFor('the retry job completed', async () => {
      const current = await stage.retryQueue.counts();
      return current.completed === 1 ? current : undefined;
    });
    assert.equal(counts.failed, 0);
    await stage.stop();
    assert.equal(await internalsOf(store).collection('failures').countDocuments({ stage: 'flaky' }), 0);
  });
});
