import mongoose from 'mongoose';

/** A query as the store sends it: for tests that count or explain what an operation reads. */
export interface SentQuery {
  collection: string;
  method: string;
  filter: Record<string, unknown>;
  /** The index the query names (`hint`), if it names one. */
  hint?: Record<string, unknown> | undefined;
}

/**
 * Calls `listener` with every query any store in this process sends until the returned function
 * is called (mongoose's debug hook: process-wide, so one watcher at a time).
 */
export function watchQueries(listener: (query: SentQuery) => void): () => void {
  mongoose.set('debug', (collection: string, method: string, filter: unknown, options: unknown) => {
    const hint = (options as { hint?: Record<string, unknown> } | undefined)?.hint;
    listener({
      collection,
      method,
      filter: (filter ?? {}) as Record<string, unknown>,
      ...(hint ? { hint } : {}),
    });
  });
  return () => mongoose.set('debug', false);
}
