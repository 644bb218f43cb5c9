import type { Model } from 'mongoose';
import type { Keyed, WindowReads } from './newest-first.ts';

/** Conditions joined for one query (none: every row). */
export function matchAll(conditions: Record<string, unknown>[]): Record<string, unknown> {
  return conditions.length === 0 ? {} : conditions.length === 1 ? conditions[0]! : { $and: conditions };
}

/**
 * The key reads of a newest-first walk (newest-first.ts) over one collection: ranges and instants
 * of its time field beside the filter's conditions, each one indexed query returning (time, id)
 * keys only. The collections' list operations (articles, terms, failures, pages not stored) all
 * walk through these.
 */
export function keyReads<Row>(
  // biome-ignore lint/suspicious/noExplicitAny: any collection's model; only keys are read, as plain records
  model: Model<any>,
  options: {
    timeField: string;
    conditions: Record<string, unknown>[];
    /** The stored `_id` for a key's id (an ObjectId where the collection uses them). */
    storedId?: (id: string) => unknown;
    /** Whether the conditions have an index of their own: then the walk may read them at any time. */
    anyTime?: boolean;
    /** An index to read a time range through, where the caller knows better than the planner. */
    rangeHint?: (lo: Date, hi: Date) => Record<string, 1 | -1> | undefined;
  },
): Pick<WindowReads<Row>, 'keysInRange' | 'keysAtInstant' | 'keysAnyTime'> {
  const { timeField, conditions } = options;
  const projection = { [timeField]: 1 };
  const keysOf = (rows: Record<string, unknown>[]): Keyed[] =>
    rows.map((row) => ({ at: row[timeField] as Date, id: String(row._id) }));
  const find = (filter: Record<string, unknown>) => model.find(filter as never, projection);
  return {
    async keysInRange(lo, hi, limit) {
      const query = find(matchAll([...conditions, { [timeField]: { $gte: lo, $lt: hi } }])).limit(limit);
      const hint = options.rangeHint?.(lo, hi);
      if (hint) query.hint(hint);
      return keysOf(await query.lean<Record<string, unknown>[]>());
    },
    // No range beside this equality: DocumentDB 0.106 drops rows of a range merged with a cursor's
    // $or (see ../shared/vendor/README.md), so ties are read on their own.
    async keysAtInstant(at, beforeId, limit) {
      const before = beforeId
        ? [{ _id: { $lt: options.storedId ? options.storedId(beforeId) : beforeId } }]
        : [];
      return keysOf(
        await find(matchAll([...conditions, { [timeField]: at }, ...before]))
          .sort({ _id: -1 })
          .limit(limit)
          .lean<Record<string, unknown>[]>(),
      );
    },
    ...(options.anyTime
      ? {
          keysAnyTime: async (limit: number) =>
            keysOf(await find(matchAll(conditions)).limit(limit).lean<Record<string, unknown>[]>()),
        }
      : {}),
  };
}
