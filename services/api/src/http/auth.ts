import type { ApiKey, ApiKeyOperations, ApiRole } from '@newsflow/store';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { HttpProblem } from '../problem.ts';
import type { AuthFailureLimit } from './auth-failures.ts';

/** Who is calling: an API key (by the id of its hash), or the demo mode's keyless visitor. */
export interface Principal {
  id: string;
  name: string;
  role: ApiRole;
  rateLimitPerMinute: number | null;
}

export type AuthMode = 'keys' | 'demo';

/**
 * A key found (or not) is trusted this long: a busy client costs one lookup per interval, and a
 * key revoked in the store stops working within it in every API process.
 */
export const KEY_CACHE_MS = 5_000;

function presentedKey(req: Request): string | null {
  const header = req.get('authorization');
  if (header?.toLowerCase().startsWith('bearer ')) return header.slice(7).trim() || null;
  const apiKey = req.get('x-api-key');
  if (apiKey) return apiKey.trim();
  // The queue board is a browser page: there the key may come from the status page's cookie.
  if (req.path.startsWith('/admin/')) {
    const cookie = /(?:^|;\s*)nf_key=([^;]+)/.exec(req.get('cookie') ?? '');
    if (cookie) {
      try {
        return decodeURIComponent(cookie[1]!);
      } catch {
        // A client's malformed percent-encoding is its error (400), not ours (it was a 500).
        throw new HttpProblem(400, 'Bad Request', 'malformed nf_key cookie');
      }
    }
  }
  return null;
}

/**
 * Identifies the caller into `res.locals.principal`. A presented key must exist (else 401, even
 * on public routes, so a typo is noticed); without a key the caller is anonymous, except in the
 * explicit demo mode, where everyone is an admin.
 */
export function authenticate(options: {
  mode: AuthMode;
  apiKeys: ApiKeyOperations;
  /** Failed attempts per address, checked before a key costs a lookup. */
  failures?: AuthFailureLimit;
}): RequestHandler {
  const cache = new Map<string, { key: ApiKey | null; at: number }>();
  const lookup = async (key: string, address: string): Promise<ApiKey | null> => {
    const cached = cache.get(key);
    const fresh = cached !== undefined && Date.now() - cached.at < KEY_CACHE_MS;
    if (fresh && cached.key) return cached.key;
    // An address that keeps presenting wrong keys waits, and costs no store lookup meanwhile.
    const wait = (await options.failures?.retryAfter(address)) ?? 0;
    if (wait > 0)
      throw new HttpProblem(429, 'Too Many Requests', 'too many failed authentications from this address', {
        'retry-after': String(wait),
      });
    let found: ApiKey | null = null;
    if (!fresh && key.length <= 200) {
      found = await options.apiKeys.find(key);
      if (cache.size > 10_000) cache.clear();
      cache.set(key, { key: found, at: Date.now() });
    }
    if (!found) await options.failures?.record(address);
    return found;
  };
  return async (req: Request, res: Response, next: NextFunction) => {
    const key = presentedKey(req);
    if (key) {
      const found = await lookup(key, req.ip ?? 'unknown');
      if (!found) throw new HttpProblem(401, 'Unauthorized', 'unknown or revoked API key', authChallenge);
      res.locals.principal = {
        id: `key:${found._id.slice(0, 16)}`,
        name: found.name,
        role: found.role,
        rateLimitPerMinute: found.rateLimitPerMinute,
      } satisfies Principal;
    } else if (options.mode === 'demo') {
      res.locals.principal = {
        id: `demo:${req.ip}`,
        name: 'demo',
        role: 'admin',
        rateLimitPerMinute: null,
      } satisfies Principal;
    }
    next();
  };
}

const authChallenge = { 'www-authenticate': 'Bearer realm="newsflow"' };

export function principalOf(res: Response): Principal | undefined {
  return res.locals.principal as Principal | undefined;
}

/** 401 without a key, 403 when an admin route is called with a reader key. */
export function requireRole(access: 'public' | ApiRole): RequestHandler {
  return (_req, res, next) => {
    if (access === 'public') return next();
    const principal = principalOf(res);
    if (!principal) throw new HttpProblem(401, 'Unauthorized', 'an API key is required', authChallenge);
    if (access === 'admin' && principal.role !== 'admin')
      throw new HttpProblem(403, 'Forbidden', 'this operation needs an admin key');
    next();
  };
}
