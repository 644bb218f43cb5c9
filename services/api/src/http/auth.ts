import type { ApiKey, ApiKeyOperations, ApiRole } from '@newsflow/store';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { HttpProblem } from '../problem.ts';

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
    if (cookie) return decodeURIComponent(cookie[1]!);
  }
  return null;
}

/**
 * Identifies the caller into `res.locals.principal`. A presented key must exist (else 401, even
 * on public routes, so a typo is noticed); without a key the caller is anonymous, except in the
 * explicit demo mode, where everyone is an admin.
 */
export function authenticate(options: { mode: AuthMode; apiKeys: ApiKeyOperations }): RequestHandler {
  const cache = new Map<string, { key: ApiKey | null; at: number }>();
  const lookup = async (key: string) => {
    const cached = cache.get(key);
    if (cached && Date.now() - cached.at < KEY_CACHE_MS) return cached.key;
    const found = await options.apiKeys.find(key);
    if (cache.size > 10_000) cache.clear();
    cache.set(key, { key: found, at: Date.now() });
    return found;
  };
  return async (req: Request, res: Response, next: NextFunction) => {
    const key = presentedKey(req);
    if (key) {
      const found = key.length <= 200 ? await lookup(key) : null;
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
