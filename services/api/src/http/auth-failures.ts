import type { Logger } from '@newsflow/observability';
import type { Redis } from 'ioredis';

const WINDOW_MS = 60_000;

/** Failed authentications per address, counted in Redis (shared by every API process). */
export interface AuthFailureLimit {
  /** Seconds until the address may try a key again; 0 when it may now. */
  retryAfter(address: string): Promise<number>;
  /** Counts one failed attempt (an unknown or revoked key) from the address. */
  record(address: string): Promise<void>;
}

/**
 * Limits failed key attempts per address, checked before a key is looked up (issue 12: wrong keys
 * skipped the rate limit, which is per key, and each cost a store lookup). A one-minute fixed
 * window: `perMinute` wrong keys, then 429 until the minute ends. If Redis does not answer,
 * attempts pass (logged), as the rate limit does: refusing everyone for a Redis outage is worse.
 */
export function authFailureLimit(options: {
  redis: Redis;
  prefix: string;
  perMinute: number;
  logger: Logger;
  now?: () => number;
}): AuthFailureLimit {
  const clock = options.now ?? Date.now;
  const key = (address: string, window: number) => `${options.prefix}:authfail:${address}:${window}`;
  let lastWarning = 0;
  const unavailable = (error: unknown) => {
    if (clock() - lastWarning < WINDOW_MS) return;
    lastWarning = clock();
    options.logger.warn({ err: error }, 'failed-authentication limit unavailable (Redis): attempts pass');
  };
  return {
    async retryAfter(address) {
      const now = clock();
      const window = Math.floor(now / WINDOW_MS);
      try {
        const failures = Number(await options.redis.get(key(address, window)));
        if (failures < options.perMinute) return 0;
      } catch (error) {
        unavailable(error);
        return 0;
      }
      return Math.max(1, Math.ceil(((window + 1) * WINDOW_MS - now) / 1000));
    },
    async record(address) {
      const window = Math.floor(clock() / WINDOW_MS);
      try {
        await options.redis
          .multi()
          .incr(key(address, window))
          .pexpire(key(address, window), 2 * WINDOW_MS)
          .exec();
      } catch (error) {
        unavailable(error);
      }
    },
  };
}
