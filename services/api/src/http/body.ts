import type { IncomingMessage } from 'node:http';
import express, { type RequestHandler } from 'express';
import { sendProblem } from '../problem.ts';
import { principalOf } from './auth.ts';

/**
 * JSON request bodies, read only once the caller is known and within a deadline (issue 12: bodies
 * of up to 1 MiB were read and parsed before the key was checked, and slow-dripped ones stayed
 * open for minutes). Mounted after authentication and the rate limit:
 * - without a principal, the body is not read (every route taking one needs a key, and answers
 *   401/403); the connection is closed after the answer rather than kept to drain it;
 * - a body not fully received within `timeoutMs` is answered 408 and its connection closed.
 */
export function jsonBody(options: { limit: string; timeoutMs: number }): RequestHandler {
  const parse = express.json({ limit: options.limit, strict: true });
  return (req, res, next) => {
    if (!hasBody(req)) return next();
    if (!principalOf(res)) {
      res.set('connection', 'close');
      return next();
    }
    const timer = setTimeout(() => {
      if (res.headersSent) return;
      res.set('connection', 'close');
      res.once('finish', () => req.socket.destroy());
      sendProblem(
        res,
        408,
        'Request Timeout',
        `the request body did not arrive within ${options.timeoutMs} ms`,
      );
    }, options.timeoutMs);
    parse(req, res, (error?: unknown) => {
      clearTimeout(timer);
      if (res.headersSent) return;
      next(error);
    });
  };
}

/** A request that carries body bytes (chunked, or a non-zero Content-Length). */
function hasBody(req: IncomingMessage): boolean {
  const length = req.headers['content-length'];
  return req.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}
