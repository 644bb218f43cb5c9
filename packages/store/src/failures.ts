import { type Model, Schema, Types } from 'mongoose';
import { newestFirst } from './newest-first.ts';
import { keyReads, matchAll } from './window-reads.ts';

export type FailureKind = 'transient' | 'permanent';

/**
 * A message or job that a stage gave up on: after its retries ran out (transient) or at once
 * (permanent). Operators list and replay these; the payload is kept so a replay needs nothing else.
 */
export interface Failure {
  /** The stored ObjectId as hex: the failure's id for operators. */
  _id: string;
  stage: string;
  topic: string;
  kind: FailureKind;
  reason: string;
  message: string;
  attempts: number;
  /** Where the payload came from: the Kafka position, or the BullMQ job. */
  payloadRef: {
    topic: string;
    partition: number | null;
    offset: string | null;
    key: string | null;
    jobId: string | null;
  };
  payload: string;
  traceId: string | null;
  source: string | null;
  url: string | null;
  status: 'open' | 'replayed';
  createdAt: Date;
}

type StoredFailure = Omit<Failure, '_id'> & { _id: Types.ObjectId };
export type FailureModel = Model<StoredFailure>;

export const failureSchema = new Schema<StoredFailure>(
  {
    stage: { type: String, required: true },
    topic: { type: String, required: true },
    kind: { type: String, enum: ['transient', 'permanent'], required: true },
    reason: { type: String, required: true },
    message: { type: String, required: true },
    attempts: { type: Number, required: true },
    payloadRef: {
      topic: String,
      partition: { type: Number, default: null },
      offset: { type: String, default: null },
      key: { type: String, default: null },
      jobId: { type: String, default: null },
    },
    payload: { type: String, required: true },
    traceId: { type: String, default: null },
    source: { type: String, default: null },
    url: { type: String, default: null },
    status: { type: String, enum: ['open', 'replayed'], default: 'open' },
    createdAt: { type: Date, required: true },
  },
  { versionKey: false },
);
// Newest-first lists read createdAt windows: overall, and by stage, source, reason or status.
failureSchema.index({ createdAt: -1, _id: -1 });
failureSchema.index({ stage: 1, createdAt: -1 });
failureSchema.index({ source: 1, createdAt: -1 });
failureSchema.index({ reason: 1, createdAt: -1 });
failureSchema.index({ status: 1, createdAt: -1 });

export type NewFailure = Omit<Failure, '_id' | 'status' | 'createdAt'>;

/** Which failures a list, replay or purge selects (plain values, checked by the caller). */
export interface FailureFilter {
  stage?: string | undefined;
  source?: string | undefined;
  reason?: string | undefined;
  status?: Failure['status'] | undefined;
  before?: Date | undefined;
}

function conditionsOf(filter: FailureFilter): Record<string, unknown>[] {
  const conditions: Record<string, unknown>[] = [];
  if (filter.stage !== undefined) conditions.push({ stage: filter.stage });
  if (filter.source !== undefined) conditions.push({ source: filter.source });
  if (filter.reason !== undefined) conditions.push({ reason: filter.reason });
  if (filter.status !== undefined) conditions.push({ status: filter.status });
  return conditions;
}

function toFailure(stored: StoredFailure): Failure {
  return { ...stored, _id: String(stored._id) };
}

/** An id from outside (an API path, a cursor): null unless it is a well-formed ObjectId. */
function objectIdOf(id: string): Types.ObjectId | null {
  return /^[0-9a-f]{24}$/i.test(id) ? new Types.ObjectId(id) : null;
}

/** The `failures` collection's operations. */
export function failureOperations(failures: FailureModel) {
  return {
    async record(failure: NewFailure, now = new Date()): Promise<string> {
      const created = await failures.create({ ...failure, status: 'open', createdAt: now });
      return String(created._id);
    },

    async get(id: string): Promise<Failure | null> {
      const objectId = objectIdOf(id);
      if (!objectId) return null;
      const stored = await failures.findById(objectId).lean<StoredFailure>();
      return stored ? toFailure(stored) : null;
    },

    /** Failures newest first by (createdAt, id), after a cursor, payloads left out unless asked. */
    async list(
      filter: FailureFilter,
      page: { limit: number; after?: { at: Date; id: string } | undefined; withPayload?: boolean },
      now = new Date(),
    ): Promise<Failure[]> {
      const conditions = conditionsOf(filter);
      const projection = page.withPayload ? {} : { payload: 0 };
      const after = page.after && objectIdOf(page.after.id) ? page.after : undefined;
      const rows = await newestFirst<StoredFailure>(
        {
          ...keyReads(failures, { timeField: 'createdAt', conditions, storedId: objectIdOf }),
          rowsByIds: (ids) =>
            failures
              .find({ _id: { $in: ids.map(objectIdOf).filter((id) => id !== null) } }, projection)
              .lean<StoredFailure[]>(),
          idOf: (failure) => String(failure._id),
        },
        {
          after,
          until: filter.before && filter.before < now ? filter.before : new Date(now.getTime() + 1000),
        },
        page.limit,
      );
      return rows.map(toFailure);
    },

    /** Open failures, oldest first (by ids, or matching the filter): what a bulk replay takes. */
    async oldestOpen(
      filter: FailureFilter & { ids?: string[] | undefined },
      limit: number,
    ): Promise<Failure[]> {
      const conditions = [...conditionsOf({ ...filter, status: 'open' })];
      if (filter.ids)
        conditions.push({ _id: { $in: filter.ids.map(objectIdOf).filter((id) => id !== null) } });
      const rows = await failures
        .find(matchAll(conditions))
        .sort({ createdAt: 1 })
        .limit(limit)
        .lean<StoredFailure[]>();
      return rows.map(toFailure);
    },

    /** Marks a failure replayed if it is still open: of two concurrent replays, one wins. */
    async claimForReplay(id: string): Promise<boolean> {
      const result = await failures.updateOne(
        { _id: objectIdOf(id), status: 'open' },
        { $set: { status: 'replayed' } },
      );
      return result.modifiedCount === 1;
    },

    async reopen(id: string): Promise<void> {
      await failures.updateOne({ _id: objectIdOf(id) }, { $set: { status: 'open' } });
    },

    async purge(filter: FailureFilter): Promise<number> {
      const conditions = conditionsOf(filter);
      if (filter.before) conditions.push({ createdAt: { $lt: filter.before } });
      const result = await failures.deleteMany(matchAll(conditions));
      return result.deletedCount;
    },

    async countOpen(): Promise<number> {
      return failures.countDocuments({ status: 'open' });
    },

    /** Failures since a moment (stage and time only), at most `limit`: status throughput. */
    async since(since: Date, limit: number): Promise<Pick<Failure, 'stage' | 'createdAt'>[]> {
      return failures
        .find({ createdAt: { $gte: since } }, { createdAt: 1, stage: 1 })
        .limit(limit)
        .lean();
    },

    async countBySourceSince(since: Date): Promise<Map<string, number>> {
      const rows = await failures.aggregate<{ _id: string | null; n: number }>([
        { $match: { createdAt: { $gte: since } } },
        { $group: { _id: '$source', n: { $sum: 1 } } },
      ]);
      return new Map(rows.map((row) => [row._id ?? '', row.n]));
    },
  };
}

export type FailureOperations = ReturnType<typeof failureOperations>;
