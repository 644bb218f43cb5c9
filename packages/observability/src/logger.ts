import { type Logger, pino } from 'pino';

export type { Logger };

/**
 * JSON logs with the fields operators trace by: `service` on every line, and `traceId`,
 * `articleId`, `url`, `source` on the child loggers of each message (see `withTrace`).
 */
export function createLogger(service: string, level = 'info'): Logger {
  return pino({ level, base: { service }, timestamp: pino.stdTimeFunctions.isoTime });
}

export interface TraceFields {
  traceId?: string;
  articleId?: string;
  url?: string;
  source?: string;
}

/** A child logger that carries one message's trace ids on every line it writes. */
export function withTrace(logger: Logger, fields: TraceFields): Logger {
  const defined = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
  return logger.child(defined);
}
