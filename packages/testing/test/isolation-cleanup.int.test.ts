// A test run's clean-up: every isolation recorded during the run is dropped from the real Kafka,
// FerretDB and Redis (database, topics, consumer groups, keys), and nothing else is touched.
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { allTopics, TOPIC_PARTITIONS } from '@newsflow/contracts';
import { ensureTopics } from '@newsflow/kafka';
import { connectStore } from '@newsflow/store';
import { internalsOf } from '@newsflow/store/internals';
import { Redis } from 'ioredis';
import { Kafka, logLevel } from 'kafkajs';
import {
  dropIsolation,
  dropRecordedIsolations,
  getTestServices,
  type Isolation,
  isolate,
  isolationLeftovers,
  RUN_DIR_VARIABLE,
  type TestServices,
} from '../src/index.ts';

describe('dropping a run’s test isolations', { timeout: 120_000 }, () => {
  let services: TestServices;
  let recorded: Isolation[];
  let other: Isolation;
  let dir: string;

  async function populate(isolation: Isolation) {
    const store = await connectStore({ uri: services.mongoUri, dbName: isolation.dbName });
    await internalsOf(store)
      .collection('sources')
      .insertOne({ _id: 'alpha', name: 'alpha', startUrls: ['https://alpha.example/'] } as never);
    await store.close();
    const kafka = new Kafka({
      clientId: 'cleanup-test',
      brokers: services.kafkaBrokers,
      logLevel: logLevel.NOTHING,
    });
    await ensureTopics(kafka, allTopics(isolation.topicPrefix), TOPIC_PARTITIONS);
    const admin = kafka.admin();
    await admin.connect();
    await admin.setOffsets({
      groupId: `${isolation.queuePrefix}-reader`,
      topic: allTopics(isolation.topicPrefix)[0]!,
      partitions: [{ partition: 0, offset: '0' }],
    });
    await admin.disconnect();
    const redis = new Redis(services.redisUrl);
    await redis.set(`${isolation.queuePrefix}:fetch:meta`, '1');
    redis.disconnect();
  }

  before(async () => {
    services = await getTestServices();
    const previous = process.env[RUN_DIR_VARIABLE];
    dir = mkdtempSync(join(tmpdir(), 'newsflow-cleanup-test-'));
    process.env[RUN_DIR_VARIABLE] = dir;
    recorded = [isolate('cleanup-a'), isolate('cleanup-b')];
    if (previous === undefined) delete process.env[RUN_DIR_VARIABLE];
    else process.env[RUN_DIR_VARIABLE] = previous;
    other = isolate('cleanup-other');
    for (const isolation of [...recorded, other]) await populate(isolation);
  });
  after(async () => {
    if (other) await dropIsolation(services, other);
  });

  it('drops every recorded isolation and leaves the others', async () => {
    const before = await isolationLeftovers(services, recorded[0]!);
    assert.deepEqual(
      [before.databases.length, before.topics.length, before.groups.length, before.redisKeys.length],
      [1, allTopics().length, 1, 1],
    );
    assert.equal(await dropRecordedIsolations(services, dir), 2);
    for (const isolation of recorded)
      assert.deepEqual(await isolationLeftovers(services, isolation), {
        databases: [],
        topics: [],
        groups: [],
        redisKeys: [],
      });
    const kept = await isolationLeftovers(services, other);
    assert.equal(kept.databases.length, 1);
    assert.equal(kept.topics.length, allTopics().length);
  });
});
