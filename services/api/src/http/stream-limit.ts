import type { RequestHandler } from 'express';
import { HttpProblem } from '../problem.ts';
import { principalOf } from './auth.ts';

/**
 * Caps the Server-Sent Event streams one caller (API key; demo mode: address) holds open in this
 * process (`API_STREAM_MAX_PER_KEY`): each stream costs a connection and a share of the live
 * feed's work, and nothing capped them (issue 12). Counted per process, not in Redis: a count
 * there would outlive a crashed process's connections; behind N processes a key may hold up to N
 * times the cap. Others get 429 until one of theirs closes.
 */
export function streamLimit(options: { path: string; perKey: number }): RequestHandler {
  const open = new Map<string, number>();
  return (req, res, next) => {
    if (req.path !== options.path || req.method !== 'GET') return next();
    const caller = principalOf(res)?.id;
    // Anonymous callers are refused by the route itself (401).
    if (!caller) return next();
    const count = open.get(caller) ?? 0;
    if (count >= options.perKey)
      throw new HttpProblem(
        429,
        'Too Many Requests',
        `this key already has ${count} open streams (the most allowed); close one first`,
        { 'retry-after': '5' },
      );
    open.set(caller, count + 1);
    res.once('close', () => {
      const left = (open.get(caller) ?? 1) - 1;
      if (left > 0) open.set(caller, left);
      else open.delete(caller);
    });
    next();
  };
}
