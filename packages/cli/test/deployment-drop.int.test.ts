// `newsflow deployment drop` against the real Kafka, Redis and FerretDB: it removes exactly one
// deployment's database, topics, consumer groups and Redis keys, and only once confirmed.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { allTopics, TOPIC_PARTITIONS } from '@newsflow/contracts';
import { ensureTopics } from '@newsflow/kafka';
import { connectStore, type Store } from '@newsflow/store';
import { internalsOf } from '@newsflow/store/internals';
import {
  dropIsolation,
  getTestServices,
  type Isolation,
  isolate,
  type TestServices,
  waitFor,
} from '@newsflow/testing';
import { Redis } from 'ioredis';
import { type Admin, Kafka, logLevel } from 'kafkajs';
import { cli } from './harness.ts';

describe('newsflow deployment drop', { timeout: 120_000 }, () => {
  let services: TestServices;
  let doomed: Isolation;
  let kept: Isolation;
  let kafka: Kafka;
  let admin: Admin;
  let redis: Redis;
  let mongo: Store;
  let env: Record<string, string>;

  /** A deployment with data everywhere: a source stored, its topics, a consumer group, Redis keys. */
  async function populate(isolation: Isolation) {
    const store = await connectStore({ uri: services.mongoUri, dbName: isolation.dbName });
    await internalsOf(store)
      .collection('sources')
      .insertOne({ _id: 'alpha', name: 'alpha', startUrls: ['https://alpha.example/'] } as never);
    await store.close();
    await ensureTopics(kafka, allTopics(isolation.topicPrefix), TOPIC_PARTITIONS);
    const topic = allTopics(isolation.topicPrefix)[0]!;
    await admin.setOffsets({
      groupId: `${isolation.topicPrefix}newsflow-parser`,
      topic,
      partitions: [{ partition: 0, offset: '0' }],
    });
    await redis.set(`${isolation.queuePrefix}:fetch:meta`, '1');
    await redis.set(`${isolation.queuePrefix}:polite:alpha.example`, '1');
  }

  const databases = async () => mongo.listDatabases();
  // A fresh admin each time: one that knew the deleted topics fails refreshing their metadata.
  const left = async (isolation: Isolation) => {
    const fresh = kafka.admin();
    await fresh.connect();
    try {
      return {
        database: (await databases()).includes(isolation.dbName),
        topics: (await fresh.listTopics()).filter((name) => name.startsWith(isolation.topicPrefix)).length,
        groups: (await fresh.listGroups()).groups.filter((g) => g.groupId.startsWith(isolation.topicPrefix))
          .length,
        keys: (await redis.keys(`${isolation.queuePrefix}:*`)).length,
      };
    } finally {
      await fresh.disconnect();
    }
  };

  before(async () => {
    services = await getTestServices();
    doomed = isolate('drop-doomed');
    kept = isolate('drop-kept');
    kafka = new Kafka({ clientId: 'drop-test', brokers: services.kafkaBrokers, logLevel: logLevel.NOTHING });
    admin = kafka.admin();
    await admin.connect();
    redis = new Redis(services.redisUrl);
    mongo = await connectStore({ uri: services.mongoUri });
    await populate(doomed);
    await populate(kept);
    env = {
      MONGODB_URI: services.mongoUri,
      MONGODB_DB: doomed.dbName,
      KAFKA_BROKERS: services.kafkaBrokers.join(','),
      TOPIC_PREFIX: doomed.topicPrefix,
      REDIS_URL: services.redisUrl,
      QUEUE_PREFIX: doomed.queuePrefix,
    };
  });
  after(async () => {
    await admin?.disconnect();
    redis?.disconnect();
    await mongo?.close();
    await dropIsolation(services, doomed);
    await dropIsolation(services, kept);
  });

  it('removes nothing unless confirmed', async () => {
    const declined = await cli(['deployment', 'drop'], env, 'no');
    assert.equal(declined.status, 1);
    assert.match(
      declined.stderr,
      new RegExp(
        `Drop database ${doomed.dbName}, Kafka topics and consumer groups starting with ${doomed.topicPrefix.replaceAll('.', '\\.')}, Redis keys ${doomed.queuePrefix}:\\*`,
      ),
    );
    assert.match(declined.stderr, /not confirmed, nothing removed/);
    assert.deepEqual(await left(doomed), { database: true, topics: allTopics().length, groups: 1, keys: 2 });
  });

  it('refuses while the deployment runs (a consumer group has members), removing nothing', async () => {
    const consumer = kafka.consumer({
      groupId: `${doomed.topicPrefix}newsflow-enricher`,
      sessionTimeout: 10_000,
    });
    await consumer.connect();
    await consumer.subscribe({ topic: allTopics(doomed.topicPrefix)[0]! });
    let joined = false;
    consumer.on(consumer.events.GROUP_JOIN, () => {
      joined = true;
    });
    await consumer.run({ eachMessage: async () => undefined });
    await waitFor('the consumer in its group', () => joined);
    const refused = await cli(['deployment', 'drop', '--yes'], env);
    await consumer.disconnect();
    assert.equal(refused.status, 1);
    assert.match(
      refused.stderr,
      /consumer groups still have members \(stop their services first\): .*newsflow-enricher/,
    );
    const state = await left(doomed);
    assert.deepEqual(state, { database: true, topics: allTopics().length, groups: 2, keys: 2 });
  });

  it('drops the database, topics, consumer groups and Redis keys of that deployment only', async () => {
    const dropped = await cli(['deployment', 'drop', '--json'], env, 'drop');
    assert.equal(dropped.status, 0, dropped.stderr);
    const result = JSON.parse(dropped.stdout) as {
      topics: string[];
      consumerGroups: string[];
      redisKeys: number;
    };
    assert.deepEqual(result.topics, allTopics(doomed.topicPrefix).sort());
    assert.deepEqual(result.consumerGroups, [
      `${doomed.topicPrefix}newsflow-enricher`,
      `${doomed.topicPrefix}newsflow-parser`,
    ]);
    assert.equal(result.redisKeys, 2);
    assert.deepEqual(await left(doomed), { database: false, topics: 0, groups: 0, keys: 0 });
    assert.deepEqual(await left(kept), { database: true, topics: allTopics().length, groups: 1, keys: 2 });
  });

  it('--yes skips the question', async () => {
    const again = await cli(['deployment', 'drop', '--yes'], env);
    assert.equal(again.status, 0, again.stderr);
    assert.match(again.stdout, /dropped database .*, 0 topic\(s\), 0 consumer group\(s\), 0 Redis key\(s\)/);
  });
});
