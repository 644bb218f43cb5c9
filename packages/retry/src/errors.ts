import { ZodError } from 'zod';

export type FailureKind = 'transient' | 'permanent';

export interface ClassifiedError {
  kind: FailureKind;
  /** A short, stable reason code for metrics and the failures collection, e.g. `not_html`. */
  reason: string;
  message: string;
}

/** Input that will never succeed however often it is retried (bad schema, not HTML, …). */
export class PermanentError extends Error {
  override name = 'PermanentError';
  readonly reason: string;
  constructor(reason: string, message: string, options?: ErrorOptions) {
    super(message, options);
    this.reason = reason;
  }
}

/** A failure worth retrying (a dependency down, a timeout, a 5xx). */
export class TransientError extends Error {
  override name = 'TransientError';
  readonly reason: string;
  constructor(reason: string, message: string, options?: ErrorOptions) {
    super(message, options);
    this.reason = reason;
  }
}

/**
 * Decides whether a failure is worth retrying. Unknown errors count as transient: retrying them
 * costs a few attempts, while calling them permanent could dead-letter a good message.
 */
export function classifyError(error: unknown): ClassifiedError {
  if (error instanceof PermanentError || error instanceof TransientError) {
    return {
      kind: error instanceof PermanentError ? 'permanent' : 'transient',
      reason: error.reason,
      message: error.message,
    };
  }
  if (error instanceof ZodError) {
    const issue = error.issues[0];
    const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
    return {
      kind: 'permanent',
      reason: 'invalid_message',
      message: `${where}${issue?.message ?? 'schema mismatch'}`,
    };
  }
  if (error instanceof SyntaxError)
    return { kind: 'permanent', reason: 'invalid_json', message: error.message };
  const name = error instanceof Error ? error.name : 'Error';
  const message = error instanceof Error ? error.message : String(error);
  if (/^Mongo/.test(name) || /ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE/.test(message)) {
    return { kind: 'transient', reason: 'dependency_unavailable', message };
  }
  return { kind: 'transient', reason: 'unexpected', message };
}
