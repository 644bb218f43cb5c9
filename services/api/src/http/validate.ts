import type { Request } from 'express';
import type { z } from 'zod';
import { HttpProblem } from '../problem.ts';

/** The first zod issue as one line naming the parameter, e.g. `limit: Too big: expected <=100`. */
function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0]!;
  const name = issue.code === 'unrecognized_keys' ? issue.keys.join(', ') : issue.path.join('.');
  return `${name || 'value'}: ${issue.message}`;
}

/**
 * Query strings are parsed "simple" (no nesting) and every schema is strict, so unknown
 * parameters, repeated ones (`?a=1&a=2` arrives as an array) and `?a[$ne]=x` are all a 400.
 */
export function parseQuery<T extends z.ZodType>(schema: T, req: Request): z.infer<T> {
  const result = schema.safeParse(req.query);
  if (result.success) return result.data;
  throw new HttpProblem(400, 'Invalid query parameter', describeIssue(result.error));
}

export function parseParams<T extends z.ZodType>(schema: T, req: Request): z.infer<T> {
  const result = schema.safeParse(req.params);
  if (result.success) return result.data;
  throw new HttpProblem(404, 'Not Found', describeIssue(result.error));
}

/** Bodies are strict too; `{"$gt": ""}` never matches a schema whose fields are plain values. */
export function parseBody<T extends z.ZodType>(schema: T, req: Request): z.infer<T> {
  const result = schema.safeParse(req.body ?? {});
  if (result.success) return result.data;
  throw new HttpProblem(400, 'Invalid request body', describeIssue(result.error));
}
