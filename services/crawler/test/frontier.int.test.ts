// The frontier's seen-set against the real Redis: once per URL and source, forgotten after the
// retention, and the plain sets of older crawlers moved in.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { getTestServices, isolate } from '@newsflow/testing';
import { Redis } from 'ioredis';
import { createFrontier, type FetchJob, migrateLegacySeenSets } from '../src/frontier.ts';

const DAY = 24 * 3600_000;

describe('crawl frontier seen-set', () => {
  let redis: Redis;
  const prefix = isolate('frontier').queuePrefix;
  const queued: FetchJob[] = [];
  const queue = { add: async (_name: 'fetch', job: FetchJob) => void queued.push(job) };
  const job = (source: string, url: string): FetchJob => ({ source, url, depth: 1, traceId: 't' });

  before(async () => {
    redis = new Redis((await getTestServices()).redisUrl, { maxRetriesPerRequest: null });
  });
  after(async () => {
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length > 0) await redis.del(...keys);
    await redis.quit();
  });

  it('admits a URL once per source, and again once it is older than the retention', async () => {
    let clock = Date.UTC(2024, 5, 18);
    const frontier = createFrontier(redis, queue, prefix, { seenRetentionMs: 30 * DAY, now: () => clock });
    const a = 'https://caliber.az/en/post/1';
    assert.deepEqual(await frontier.admit([job('caliber', a), job('apa', a)]), [a, a], 'per source');
    assert.deepEqual(await frontier.admit([job('caliber', a)]), []);
    clock += 29 * DAY;
    assert.deepEqual(await frontier.admit([job('caliber', a)]), [], 'still within the retention');
    clock += 2 * DAY;
    assert.deepEqual(await frontier.admit([job('caliber', a)]), [a], 'forgotten after 30 days');
    assert.equal(await redis.zcard(`${prefix}:seen-at:caliber`), 1, 'the set holds what is retained');
    assert.equal(queued.length, 3);
  });

  it("moves an older crawler's plain seen-set in, so its URLs stay seen", async () => {
    const legacy = `${prefix}:seen:legacy`;
    await redis.sadd(legacy, 'https://legacy.example/a', 'https://legacy.example/b');
    assert.equal(await migrateLegacySeenSets(redis, prefix), 2);
    assert.equal(await redis.exists(legacy), 0);
    await redis.sadd(legacy, 'https://legacy.example/late');
    assert.equal(await migrateLegacySeenSets(redis, prefix), 0, 'once: later starts do not scan');
    await redis.del(legacy);
    const frontier = createFrontier(redis, queue, prefix);
    assert.deepEqual(
      await frontier.admit([
        job('legacy', 'https://legacy.example/a'),
        job('legacy', 'https://legacy.example/c'),
      ]),
      ['https://legacy.example/c'],
    );
  });
});
