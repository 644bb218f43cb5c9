import type { Logger } from '@newsflow/observability';
import type { NextFunction, Request, Response } from 'express';
import type { Redis } from 'ioredis';
import { HttpProblem } from '../problem.ts';
import { principalOf } from './auth.ts';

const WINDOW_MS = 60_000;

/**
 * Per-caller rate limit in Redis, shared by every API process: a fixed one-minute window per key
 * (anonymous callers by address), answered with the IETF draft's `RateLimit-*` headers and a 429
 * with `Retry-After` once spent. If Redis does not answer, requests pass (logged): the limit
 * protects capacity, and refusing all traffic for a Redis outage would be worse.
 */
export function rateLimit(options: { redis: Redis; prefix: string; perMinute: number; logger: Logger }) {
  let lastWarning = 0;
  return async (req: Request, res: Response, next: NextFunction) => {
    const principal = principalOf(res);
    const limit = principal?.rateLimitPerMinute ?? options.perMinute;
    const identity = principal?.id ?? `ip:${req.ip}`;
    const window = Math.floor(Date.now() / WINDOW_MS);
    const key = `${options.prefix}:ratelimit:${identity}:${window}`;
    let used: number;
    try {
      const replies = await options.redis
        .multi()
        .incr(key)
        .pexpire(key, WINDOW_MS + 1000)
        .exec();
      used = Number(replies?.[0]?.[1]);
      if (!Number.isFinite(used)) throw new Error('no INCR reply');
    } catch (error) {
      if (Date.now() - lastWarning > WINDOW_MS) {
        lastWarning = Date.now();
        options.logger.warn({ err: error }, 'rate limit unavailable (Redis): requests pass unlimited');
      }
      return next();
    }
    const resetSeconds = Math.max(1, Math.ceil(((window + 1) * WINDOW_MS - Date.now()) / 1000));
    res.set({
      'RateLimit-Limit': String(limit),
      'RateLimit-Remaining': String(Math.max(0, limit - used)),
      'RateLimit-Reset': String(resetSeconds),
      'RateLimit-Policy': `${limit};w=${WINDOW_MS / 1000}`,
    });
    if (used > limit)
      throw new HttpProblem(429, 'Too Many Requests', `limit of ${limit} requests per minute reached`, {
        'retry-after': String(resetSeconds),
      });
    next();
  };
}
