import type { NextFunction, Request, Response } from 'express';

/** An error answered as RFC 9457 `application/problem+json`. */
export class HttpProblem extends Error {
  readonly status: number;
  readonly title: string;
  readonly detail: string | undefined;
  readonly headers: Record<string, string>;
  constructor(status: number, title: string, detail?: string, headers: Record<string, string> = {}) {
    super(detail ?? title);
    this.status = status;
    this.title = title;
    this.detail = detail;
    this.headers = headers;
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
    if (res.headersSent) return;
    if (error instanceof HttpProblem) {
      res.set(error.headers);
      return sendProblem(res, error.status, error.title, error.detail);
    }
    // body-parser's errors carry a 4xx status (malformed JSON, too large, wrong charset).
    const status = (error as { status?: unknown }).status;
    if (typeof status === 'number' && status >= 400 && status < 500)
      return sendProblem(res, status, status === 413 ? 'Request body too large' : 'Malformed request body');
    logger.error({ err: error }, 'request failed');
    sendProblem(res, 500, 'Internal Server Error');
  };
}
