import type { Logger } from '@newsflow/observability';
import type { NextFunction, Request, Response } from 'express';
import type { Redis } from 'ioredis';
import { HttpProblem } from '../problem.ts';
import { principalOf } from './auth.ts';

const WINDOW_MS = 60_000;

/**
 * Per-caller rate limit in Redis, shared by every API process: a sliding one-minute window per
 * key (anonymous callers by address), estimated from this minute's count and the share of the
 * previous minute's still inside the window (so a client cannot spend two minutes' budget across
 * a minute boundary). Answered with the IETF draft's `RateLimit-*` headers and a 429 with
 * `Retry-After` once spent. If Redis does not answer, requests pass (logged): the limit protects
 * capacity, and refusing all traffic for a Redis outage would be worse.
 */
export function rateLimit(options: {
  redis: Redis;
  prefix: string;
  perMinute: number;
  logger: Logger;
  now?: () => number;
}) {
  const clock = options.now ?? Date.now;
  let lastWarning = 0;
  return async (req: Request, res: Response, next: NextFunction) => {
    const principal = principalOf(res);
    const limit = principal?.rateLimitPerMinute ?? options.perMinute;
    const identity = principal?.id ?? `ip:${req.ip}`;
    const now = clock();
    const window = Math.floor(now / WINDOW_MS);
    const key = (w: number) => `${options.prefix}:ratelimit:${identity}:${w}`;
    let current: number;
    let previous: number;
    try {
      const replies = await options.redis
        .multi()
        .incr(key(window))
        .pexpire(key(window), 2 * WINDOW_MS + 1000)
        .get(key(window - 1))
        .exec();
      current = Number(replies?.[0]?.[1]);
      previous = Number(replies?.[2]?.[1] ?? 0);
      if (!Number.isFinite(current)) throw new Error('no INCR reply');
      if (!Number.isFinite(previous)) previous = 0;
    } catch (error) {
      if (now - lastWarning > WINDOW_MS) {
        lastWarning = now;
        options.logger.warn({ err: error }, 'rate limit unavailable (Redis): requests pass unlimited');
      }
      return next();
    }
    const elapsed = (now - window * WINDOW_MS) / WINDOW_MS;
    const used = previous * (1 - elapsed) + current;
    const refused = used > limit;
    // A refused request is not counted: the budget is what was served.
    if (refused) await options.redis.decr(key(window)).catch(() => undefined);
    // Refused: when one more request fits. Served: when this minute's count starts to slide out.
    const resetSeconds = refused
      ? secondsUntilBelow(limit, previous, current - 1, elapsed)
      : Math.max(1, Math.ceil((1 - elapsed) * (WINDOW_MS / 1000)));
    res.set({
      'RateLimit-Limit': String(limit),
      'RateLimit-Remaining': String(Math.max(0, Math.floor(limit - used))),
      'RateLimit-Reset': String(resetSeconds),
      'RateLimit-Policy': `${limit};w=${WINDOW_MS / 1000}`,
    });
    if (refused)
      throw new HttpProblem(429, 'Too Many Requests', `limit of ${limit} requests per minute reached`, {
        'retry-after': String(resetSeconds),
      });
    next();
  };
}

/**
 * Seconds until one more request fits: the previous minute's share shrinks as the window slides;
 * this minute's count only leaves with the minute, when it becomes the previous one.
 */
export function secondsUntilBelow(limit: number, previous: number, current: number, elapsed: number): number {
  const toMinuteEnd = (1 - elapsed) * WINDOW_MS;
  let waitMs: number;
  if (current + 1 > limit) {
    // Next minute: this minute's count weighs (1 - t) at t into it.
    waitMs = toMinuteEnd + Math.max(0, 1 - (limit - 1) / current) * WINDOW_MS;
  } else if (previous > 0) {
    // This minute: previous · (1 − e) + current + 1 ≤ limit.
    const e = 1 - (limit - 1 - current) / previous;
    waitMs = Math.max(0, e - elapsed) * WINDOW_MS;
  } else waitMs = 0;
  return Math.max(1, Math.ceil(Math.round(waitMs) / 1000));
}
