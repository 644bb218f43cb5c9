import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dropTopics } from '@newsflow/kafka';
import { dropKeys } from '@newsflow/retry';
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
 * consumer groups (named with its topic or queue prefix), and its Redis keys. Its processes and
 * connections must be closed first.
 */
export async function dropIsolation(services: TestServices, isolation: Isolation): Promise<void> {
  const store = await connectStore({ uri: services.mongoUri, dbName: isolation.dbName });
  try {
    // Collections are created as the models load: let that finish, or they re-create the database.
    await Promise.all(Object.values(store.connection.models).map((model) => model.init()));
    await store.connection.dropDatabase();
  } finally {
    await store.close();
  }
  const kafka = new Kafka({
    clientId: 'newsflow-test-cleanup',
    brokers: services.kafkaBrokers,
    logLevel: logLevel.NOTHING,
  });
  await dropTopics(kafka, {
    topic: (name) => name.startsWith(isolation.topicPrefix),
    group: (id) => id.startsWith(isolation.topicPrefix) || id.includes(isolation.queuePrefix),
  });
  const redis = new Redis(services.redisUrl, { maxRetriesPerRequest: 3 });
  try {
    await dropKeys(redis, isolation.queuePrefix);
  } finally {
    redis.disconnect();
  }
}

/** Drops every isolation recorded in `dir`, then the directory; returns how many. */
export async function dropRecordedIsolations(services: TestServices, dir: string): Promise<number> {
  const files = readdirSync(dir).filter((name) => name.endsWith('.json'));
  for (const file of files) {
    const isolation = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Isolation;
    await dropIsolation(services, isolation);
  }
  rmSync(dir, { recursive: true, force: true });
  return files.length;
}
