// Issue 12: Redis held the fetch queue, the job schedulers, the seen-set and retry jobs whose Kafka
// offsets were already committed, and lost them all on a restart. The local infra's Redis must keep
// them across a clean restart and across a crash (SIGKILL: at most the last second, appendfsync
// everysec), and never evict keys under memory pressure (BullMQ's requirement).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type OwnRedis, startOwnRedis } from '@newsflow/testing';
import { Redis } from 'ioredis';

describe('the local Redis (infra/local/redis.sh) is durable', () => {
  let own: OwnRedis;
  before(async () => {
    own = await startOwnRedis();
  });
  after(async () => {
    await own?.remove();
  });

  const connect = () => new Redis(own.url, { maxRetriesPerRequest: 1 });

  it('appends every write (everysec) and never evicts', async () => {
    const redis = connect();
    try {
      assert.deepEqual(await redis.config('GET', 'appendonly'), ['appendonly', 'yes']);
      assert.deepEqual(await redis.config('GET', 'appendfsync'), ['appendfsync', 'everysec']);
      assert.deepEqual(await redis.config('GET', 'maxmemory-policy'), ['maxmemory-policy', 'noeviction']);
    } finally {
      redis.disconnect();
    }
  });

  it('keeps its keys across a clean restart', async () => {
    const redis = connect();
    await redis.set('nf:durable:clean', 'kept');
    await redis.zadd('nf:durable:delayed', 1, 'job-1');
    redis.disconnect();
    await own.stop();
    await own.start();
    const again = connect();
    try {
      assert.equal(await again.get('nf:durable:clean'), 'kept');
      assert.deepEqual(await again.zrange('nf:durable:delayed', 0, -1), ['job-1']);
    } finally {
      again.disconnect();
    }
  });

  it('keeps what was written more than a second before a SIGKILL', async () => {
    const redis = connect();
    await redis.set('nf:durable:crash', 'kept');
    redis.disconnect();
    // appendfsync everysec: a write is on disk within about a second.
    await new Promise((wake) => setTimeout(wake, 2000));
    await own.kill();
    await own.start();
    const again = connect();
    try {
      assert.equal(await again.get('nf:durable:crash'), 'kept');
    } finally {
      again.disconnect();
    }
  });
});
