import type { Redis } from 'ioredis';

/**
 * Deletes every Redis key of one deployment: `<prefix>:…` (QUEUE_PREFIX prefixes the BullMQ
 * queues, the crawler's frontier, politeness and robots caches, and the API's rate limits).
 * Returns how many were deleted.
 */
export async function dropKeys(redis: Redis, prefix: string): Promise<number> {
  if (!/^[A-Za-z0-9_-]+$/.test(prefix)) throw new Error(`not a QUEUE_PREFIX: ${JSON.stringify(prefix)}`);
  return dropKeysMatching(redis, `${prefix}:*`);
}

/** Deletes every key matching a SCAN pattern, in pages, so a large Redis is never blocked. */
export async function dropKeysMatching(redis: Redis, pattern: string): Promise<number> {
  let cursor = '0';
  let deleted = 0;
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 1000);
    cursor = next;
    if (keys.length > 0) deleted += await redis.unlink(...keys);
  } while (cursor !== '0');
  return deleted;
}
