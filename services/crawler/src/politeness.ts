import type { Redis } from 'ioredis';

// Reserves the next fetch slot of a host atomically, for all crawler processes sharing Redis:
// slot = max(now, previous slot + delay). Returns how long the caller must wait, in ms.
const RESERVE_SLOT = `
local now = tonumber(ARGV[1])
local delay = tonumber(ARGV[2])
local last = tonumber(redis.call('GET', KEYS[1]) or '0')
local slot = math.max(now, last + delay)
redis.call('SET', KEYS[1], slot, 'PX', delay + 60000)
return slot - now
`;

/** Per-host politeness shared by every crawler process: no host sees two requests closer than its delay. */
export function createHostPoliteness(redis: Redis, prefix: string) {
  return {
    /** Reserves the host's next slot and resolves when it has come. */
    async waitForSlot(host: string, minDelayMs: number): Promise<number> {
      if (minDelayMs <= 0) return 0;
      const waitMs = Number(
        await redis.eval(RESERVE_SLOT, 1, `${prefix}:polite:${host}`, Date.now(), minDelayMs),
      );
      if (waitMs > 0) await new Promise((resolve) => setTimeout(resolve, waitMs));
      return waitMs;
    },
  };
}
