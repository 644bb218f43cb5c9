import type { ReadinessCheck } from '@newsflow/observability';
import { Redis } from 'ioredis';

/**
 * The worker's Redis readiness check (`/readyz`): its retry queue, and the crawler's fetch queue,
 * politeness and frontier, all live in Redis, so a worker that cannot reach it is not ready.
 * Its own connection fails fast (no offline queue, one attempt per command): a probe must answer
 * within the readiness timeout, not wait for a reconnect.
 */
export function redisReadiness(redisUrl: string): { check: ReadinessCheck; close(): Promise<void> } {
  const redis = new Redis(redisUrl, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    lazyConnect: true,
  });
  // Reconnection errors are what the check reports; logging each would flood the logs.
  redis.on('error', () => undefined);
  return {
    check: {
      name: 'redis',
      async check() {
        if (redis.status === 'wait') await redis.connect();
        const reply = await redis.ping();
        if (reply !== 'PONG') throw new Error(`unexpected PING reply ${reply}`);
      },
    },
    async close() {
      redis.disconnect();
    },
  };
}
