// The sliding-window rate limit against the real Redis, on a clock the test moves.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createLogger } from '@newsflow/observability';
import { getTestServices, isolate } from '@newsflow/testing';
import type { Request, Response } from 'express';
import { Redis } from 'ioredis';
import { rateLimit, secondsUntilBelow } from '../src/http/rate-limit.ts';
import { HttpProblem } from '../src/problem.ts';

describe('sliding-window rate limit', () => {
  let redis: Redis;
  const prefix = isolate('rate-limit').queuePrefix;
  before(async () => {
    redis = new Redis((await getTestServices()).redisUrl, { maxRetriesPerRequest: null });
  });
  after(async () => {
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length > 0) await redis.del(...keys);
    await redis.quit();
  });

  /** Calls the middleware as one request of `identity` at `at`; the status it would answer. */
  function caller(limit: number, clock: { at: number }) {
    const middleware = rateLimit({
      redis,
      prefix,
      perMinute: limit,
      logger: createLogger('test', 'silent'),
      now: () => clock.at,
    });
    return async (identity: string) => {
      const headers: Record<string, string> = {};
      const res = {
        locals: {},
        set: (values: Record<string, string>) => Object.assign(headers, values),
      } as unknown as Response;
      const req = { ip: identity } as Request;
      try {
        let passed = false;
        await middleware(req, res, () => {
          passed = true;
        });
        return { status: passed ? 200 : 0, headers };
      } catch (error) {
        if (error instanceof HttpProblem)
          return { status: error.status, headers: { ...headers, ...error.headers } };
        throw error;
      }
    };
  }

  it("does not let a client spend two minutes' budget across a minute boundary", async () => {
    const minute = Math.floor(Date.now() / 60_000) * 60_000;
    const clock = { at: minute + 54_000 }; // 6 s before the minute ends
    const call = caller(10, clock);
    for (let i = 0; i < 10; i++) assert.equal((await call('burst')).status, 200);
    assert.equal((await call('burst')).status, 429);
    clock.at = minute + 66_000; // 6 s into the next minute: 90 % of the last one still counts
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) statuses.push((await call('burst')).status);
    // A fixed window would serve 10 more; 10 · 0.9 = 9 still count, so one is served.
    assert.deepEqual(statuses, [200, ...Array(9).fill(429)]);
    // Half the window later, half of the last minute's ten has slid out.
    clock.at = minute + 90_000;
    const later: number[] = [];
    for (let i = 0; i < 6; i++) later.push((await call('burst')).status);
    assert.deepEqual(later, [200, 200, 200, 200, 429, 429]);
  });

  it('tells a refused client when one more request fits', () => {
    // Ten last minute, none this minute, 10 % into it: 10 · (1 − e) + 1 ≤ 10 from e = 0.1 on.
    assert.equal(secondsUntilBelow(10, 10, 0, 0.1), 1);
    // Nine this minute and ten last, 10 % in: 10 · (1 − e) + 9 + 1 ≤ 10 only at e = 1, 54 s on.
    assert.equal(secondsUntilBelow(10, 10, 9, 0.1), 54);
    // Ten this minute: 6 s to its end, then 10 · (1 − f) + 1 ≤ 10 from f = 0.1, 6 s more.
    assert.equal(secondsUntilBelow(10, 0, 10, 0.9), 12);
  });
});
