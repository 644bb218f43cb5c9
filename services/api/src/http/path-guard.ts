import type { RequestHandler } from 'express';
import { sendProblem } from '../problem.ts';

/**
 * 404 for any path segment naming a member of `Object.prototype` (`/assets/constructor`,
 * `/assets/__proto__`, `/assets/toString`): a handler looking a segment up in a plain object finds
 * the inherited member instead of nothing, and answered 500 (issue 12). No route or file of this
 * API is named so; refusing them at the edge covers every such lookup, present and future.
 */
export function refusePrototypeNames(): RequestHandler {
  return (req, res, next) => {
    for (const segment of req.path.split('/')) {
      let name: string;
      try {
        name = decodeURIComponent(segment);
      } catch {
        return sendProblem(res, 400, 'Bad Request', 'malformed percent-encoding in the path');
      }
      if (name in Object.prototype) return sendProblem(res, 404, 'Not Found');
    }
    next();
  };
}
