import type { NextFunction, Request, Response } from 'express';

/** An error answered as RFC 9457 `application/problem+json`. */
export class HttpProblem extends Error {
  readonly status: number;
  readonly title: string;
  readonly detail: string | undefined;
  constructor(status: number, title: string, detail?: string) {
    super(detail ?? title);
    this.status = status;
    this.title = title;
    this.detail = detail;
  }
}

export function sendProblem(res: Response, status: number, title: string, detail?: string): void {
  res
    .status(status)
    .type('application/problem+json')
    .json({ type: 'about:blank', title, status, ...(detail ? { detail } : {}) });
}

/** The last middleware: known problems as they are, anything else as a 500 without internals. */
export function problemHandler(logger: { error: (obj: object, msg: string) => void }) {
  return (error: unknown, _req: Request, res: Response, _next: NextFunction) => {
    if (error instanceof HttpProblem) return sendProblem(res, error.status, error.title, error.detail);
    if (error instanceof SyntaxError && 'status' in error)
      return sendProblem(res, 400, 'Malformed request body');
    logger.error({ err: error }, 'request failed');
    sendProblem(res, 500, 'Internal Server Error');
  };
}
