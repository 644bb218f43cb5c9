import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';
import { crawlerKeys } from './redis-keys.ts';

// A cause stays recorded this long: a start URL that keeps failing is listed again once a week,
// not once a round. Replays bypass it (an operator asking again wants to see the outcome).
const CAUSE_TTL_MS = 7 * 24 * 3600_000;

/** One failure per cause (URL + reason, or host + reason) across processes and rounds. */
export class RedisFailureCauses {
  private readonly redis: Redis;
  private readonly keys: ReturnType<typeof crawlerKeys>;

  constructor(redis: Redis, prefix: string) {
    this.redis = redis;
    this.keys = crawlerKeys(prefix);
  }

  private key(source: string, cause: string): string {
    return this.keys.failureCause(source, createHash('sha1').update(cause).digest('hex'));
  }

  /** True the first time a cause is seen (within its lifetime): record it then. */
  async firstTime(source: string, cause: string): Promise<boolean> {
    return (await this.redis.set(this.key(source, cause), '1', 'PX', CAUSE_TTL_MS, 'NX')) === 'OK';
  }

  /** The cause went away (the URL answered again): a new failure of it is listed again. */
  async resolved(source: string, cause: string): Promise<void> {
    await this.redis.del(this.key(source, cause));
  }
}
