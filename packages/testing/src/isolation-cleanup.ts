import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dropTopics } from '@newsflow/kafka';
import { dropKeysMatching } from '@newsflow/retry';
import { connectStore } from '@newsflow/store';
import { Redis } from 'ioredis';
import { Kafka, logLevel } from 'kafkajs';
import type { Isolation } from './isolation.ts';
import type { TestServices } from './services.ts';

/**
 * When set (scripts/test.ts sets it for a whole run), every `isolate()` records its names in this
 * directory, and `dropRecordedIsolations` removes them all once the run is over, including those of
 * a test that crashed before its own clean-up.
 */
export const RUN_DIR_VARIABLE = 'NEWSFLOW_TEST_RUN_DIR';

export function recordIsolation(isolation: Isolation): void {
  const dir = process.env[RUN_DIR_VARIABLE];
  if (dir) writeFileSync(join(dir, `${isolation.queuePrefix}.json`), JSON.stringify(isolation));
}

/**
 * Removes everything of one isolation from the shared services: its database, its topics and
 * consumer groups (named with its topic or queue prefix), and its Redis keys (its queue prefix,
 * or one that starts with it). Its processes and
 * connections must be closed first.
 */
export async function dropIsolation(services: TestServices, isolation: Isolation): Promise<void> {
  const store = await connectStore({ uri: services.mongoUri, dbName: isolation.dbName });
  try {
    await store.dropDatabase();
  } finally {
    await store.close();
  }
  const kafka = new Kafka({
    clientId: 'newsflow-test-cleanup',
    brokers: services.kafkaBrokers,
    logLevel: logLevel.NOTHING,
  });
  // A service killed with its test leaves its consumer group once its session (30 s) expires.
  await dropTopics(
    kafka,
    {
      topic: (name) => name.startsWith(isolation.topicPrefix),
      group: (id) => id.startsWith(isolation.topicPrefix) || id.includes(isolation.queuePrefix),
    },
    { waitForMembersMs: 45_000 },
  );
  const redis = new Redis(services.redisUrl, { maxRetriesPerRequest: 3 });
  try {
    // `<queuePrefix>*`: a test may run a second deployment under `<queuePrefix>-again`.
    await dropKeysMatching(redis, `${isolation.queuePrefix}*`);
  } finally {
    redis.disconnect();
  }
}

/** What is left of an isolation on the shared services (all empty once it was dropped). */
export async function isolationLeftovers(services: TestServices, isolation: Isolation) {
  const store = await connectStore({ uri: services.mongoUri });
  const kafka = new Kafka({
    clientId: 'newsflow-test-cleanup',
    brokers: services.kafkaBrokers,
    logLevel: logLevel.NOTHING,
  });
  const admin = kafka.admin();
  const redis = new Redis(services.redisUrl, { maxRetriesPerRequest: 3 });
  try {
    await admin.connect();
    const databases = await store.listDatabases();
    return {
      databases: databases.filter((name) => name === isolation.dbName),
      topics: (await admin.listTopics()).filter((name) => name.startsWith(isolation.topicPrefix)),
      groups: (await admin.listGroups()).groups
        .map((group) => group.groupId)
        .filter((id) => id.startsWith(isolation.topicPrefix) || id.includes(isolation.queuePrefix)),
      redisKeys: await redis.keys(`${isolation.queuePrefix}*`),
    };
  } finally {
    await Promise.allSettled([store.close(), admin.disconnect()]);
    redis.disconnect();
  }
}

/**
 * Drops every isolation recorded in `dir`, checks that nothing of them is left, then removes the
 * directory; returns how many. Throws naming what is left.
 */
export async function dropRecordedIsolations(services: TestServices, dir: string): Promise<number> {
  const files = readdirSync(dir).filter((name) => name.endsWith('.json'));
  const isolations = files.map((file) => JSON.parse(readFileSync(join(dir, file), 'utf8')) as Isolation);
  for (const isolation of isolations) await dropIsolation(services, isolation);
  const left: string[] = [];
  for (const isolation of isolations) {
    const leftovers = await isolationLeftovers(services, isolation);
    left.push(...Object.values(leftovers).flat());
  }
  if (left.length > 0) throw new Error(`left after the clean-up: ${left.join(', ')}`);
  rmSync(dir, { recursive: true, force: true });
  return files.length;
}
