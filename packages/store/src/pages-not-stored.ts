import { createHash } from 'node:crypto';
import { type Model, Schema } from 'mongoose';
import { newestFirst, widthHints } from './newest-first.ts';
import { keyReads, matchAll } from './window-reads.ts';

/**
 * A page the parser fetched and did not store as an article (a front page, a section front, a
 * service page, an article page without body…), with the extractor's reason: the trace an operator
 * lists (issue 13) beside the `newsflow_parser_pages_not_stored_total` metric. One record per URL
 * and reason: a revisit moves `lastSeenAt` and counts, so a listing page crawled every round stays
 * one row. Records expire `expiresAt` (a TTL index), by default 30 days after their last sighting.
 */
export interface PageNotStored {
  /** Hash of reason and URL: the record's key (see `pageNotStoredId`). */
  _id: string;
  url: string;
  source: string;
  /** The extractor's page type (`listing`, `unknown`). */
  pageType: string;
  /** The extractor's reason code (`front-page`, `section-front`, `service-page`, `no-body`, …). */
  reason: string;
  /** What led to it, in words or signals (`url=front, teasers=24`); at most DETAIL_MAX characters. */
  detail: string | null;
  /** Why the crawler fetched the page (`start`, `feed`, `listing-link`, …), when it said. */
  crawlContext: string | null;
  extractorVersion: string;
  /** The trace of the last sighting: a redelivery of that same message counts no second time. */
  traceId: string;
  firstSeenAt: Date;
  lastSeenAt: Date;
  /** Sightings: fetches of this URL that ended not stored for this reason. */
  count: number;
  /** When the record goes (TTL index): the last sighting plus the retention. */
  expiresAt: Date;
}

/** One sighting, as the parser reports it; `at` is when the page was fetched. */
export type PageNotStoredSighting = Omit<
  PageNotStored,
  '_id' | 'firstSeenAt' | 'lastSeenAt' | 'count' | 'expiresAt'
> & { at: Date };

/** Which records a list or a count selects (plain values, checked by the caller). */
export interface PageNotStoredFilter {
  source?: string | undefined;
  reason?: string | undefined;
}

/** Records per reason: distinct pages, and their sightings. */
export interface NotStoredReasonCount {
  reason: string;
  pages: number;
  sightings: number;
}

/** What a record reports: a new page, another sighting, or a redelivered sighting already counted. */
export type SightingOutcome = 'new' | 'seen-again' | 'already-counted';

export type PageNotStoredModel = Model<PageNotStored>;

/** Default retention after the last sighting (the parser's `PAGES_NOT_STORED_RETENTION_DAYS`). */
export const PAGES_NOT_STORED_RETENTION_MS = 30 * 24 * 3_600_000;
/** A detail longer than this is cut: the signals behind a decision fit in far less. */
const DETAIL_MAX = 1000;

export const pageNotStoredSchema = new Schema<PageNotStored>(
  {
    _id: { type: String, required: true },
    url: { type: String, required: true },
    source: { type: String, required: true },
    pageType: { type: String, required: true },
    reason: { type: String, required: true },
    detail: { type: String, default: null },
    crawlContext: { type: String, default: null },
    extractorVersion: { type: String, required: true },
    traceId: { type: String, required: true },
    firstSeenAt: { type: Date, required: true },
    lastSeenAt: { type: Date, required: true },
    count: { type: Number, required: true },
    expiresAt: { type: Date, required: true },
  },
  { versionKey: false },
);
// Every index and the operation it serves (checked by explain in test/indexes.int.test.ts). Lists
// read lastSeenAt windows newest first (newest-first.ts), overall or by source or reason.
export const PAGE_NOT_STORED_INDEXES: { keys: Record<string, 1 | -1>; serves: string }[] = [
  { keys: { lastSeenAt: -1, _id: -1 }, serves: 'list (no filter), cursor ties, counts by reason' },
  { keys: { source: 1, lastSeenAt: -1 }, serves: 'list by source, counts by reason of a source' },
  { keys: { reason: 1, lastSeenAt: -1 }, serves: 'list by reason' },
];
for (const { keys } of PAGE_NOT_STORED_INDEXES) pageNotStoredSchema.index(keys);
// Retention: each record goes at its own expiresAt (set by the writer, so the retention is the
// parser's setting and never an index option to change). MongoDB's TTL monitor and DocumentDB's
// ttl_task (pg_cron) delete expired rows about once a minute.
pageNotStoredSchema.index({ expiresAt: 1 }, { expireAfterSeconds: 0 });

/** A record's key: one per URL and reason. */
export function pageNotStoredId(url: string, reason: string): string {
  return createHash('sha256').update(`${reason}\n${url}`).digest('hex').slice(0, 32);
}

function conditionsOf(filter: PageNotStoredFilter): Record<string, unknown>[] {
  const conditions: Record<string, unknown>[] = [];
  if (filter.source !== undefined) conditions.push({ source: filter.source });
  if (filter.reason !== undefined) conditions.push({ reason: filter.reason });
  return conditions;
}

const isDuplicateKey = (error: unknown) => (error as { code?: unknown } | null)?.code === 11000;

/** The `pages_not_stored` collection's operations. */
export function pageNotStoredOperations(pages: PageNotStoredModel) {
  const hintFor = widthHints();

  /**
   * One upsert keyed by URL and reason, matching only a record whose last sighting was another
   * trace: a redelivered message (same trace) matches nothing and its insert hits the key.
   */
  async function upsertSighting(
    sighting: PageNotStoredSighting,
    retentionMs: number,
  ): Promise<SightingOutcome> {
    const { at, reason, url, detail, ...fields } = sighting;
    const result = await pages.updateOne(
      { _id: pageNotStoredId(url, reason), traceId: { $ne: sighting.traceId } },
      {
        $set: { ...fields, url, detail: detail === null ? null : detail.slice(0, DETAIL_MAX) },
        $setOnInsert: { reason },
        // A late retry of an older fetch neither moves lastSeenAt back nor firstSeenAt forward.
        $min: { firstSeenAt: at },
        $max: { lastSeenAt: at, expiresAt: new Date(at.getTime() + retentionMs) },
        $inc: { count: 1 },
      },
      { upsert: true },
    );
    return result.upsertedCount === 1 ? 'new' : 'seen-again';
  }

  return {
    /**
     * Records a sighting of a page not stored: a new record, or the URL's record for that reason
     * with one more sighting and `lastSeenAt` moved. Idempotent per trace: the same message handled
     * twice (a retry, a redelivery) counts once.
     */
    async record(
      sighting: PageNotStoredSighting,
      options: { retentionMs?: number | undefined } = {},
    ): Promise<SightingOutcome> {
      const retentionMs = options.retentionMs ?? PAGES_NOT_STORED_RETENTION_MS;
      try {
        return await upsertSighting(sighting, retentionMs);
      } catch (error) {
        if (!isDuplicateKey(error)) throw error;
      }
      // The key exists: either this trace was counted already, or another parser inserted the
      // record between our match and our insert; a second attempt tells which.
      try {
        return await upsertSighting(sighting, retentionMs);
      } catch (error) {
        if (isDuplicateKey(error)) return 'already-counted';
        throw error;
      }
    },

    async get(url: string, reason: string): Promise<PageNotStored | null> {
      return pages.findById(pageNotStoredId(url, reason)).lean<PageNotStored>();
    },

    /** Records newest first by (lastSeenAt, id), after a cursor. */
    async list(
      filter: PageNotStoredFilter,
      page: { limit: number; after?: { at: Date; id: string } | undefined },
      now = new Date(),
    ): Promise<PageNotStored[]> {
      const conditions = conditionsOf(filter);
      return newestFirst<PageNotStored>(
        {
          // A source's or a reason's records at any time: an equality reads few index entries.
          ...keyReads(pages, { timeField: 'lastSeenAt', conditions, anyTime: conditions.length > 0 }),
          rowsByIds: (ids) => pages.find({ _id: { $in: ids } }).lean<PageNotStored[]>(),
          idOf: (row) => row._id,
        },
        // Sightings are stamped with their fetch time, never later than now (a second's slack).
        {
          after: page.after,
          until: new Date(now.getTime() + 1000),
          widthHint: hintFor(JSON.stringify(conditions)),
        },
        page.limit,
      );
    },

    /**
     * Records last seen since a moment, per reason (most pages first): a bounded range of the
     * lastSeenAt index (or of a source's), grouped.
     */
    async countByReason(filter: {
      source?: string | undefined;
      since: Date;
    }): Promise<NotStoredReasonCount[]> {
      const rows = await pages.aggregate<{ _id: string; pages: number; sightings: number }>([
        {
          $match: matchAll([
            ...conditionsOf({ source: filter.source }),
            { lastSeenAt: { $gte: filter.since } },
          ]),
        },
        { $group: { _id: '$reason', pages: { $sum: 1 }, sightings: { $sum: '$count' } } },
      ]);
      return rows
        .map((row) => ({ reason: row._id, pages: row.pages, sightings: row.sightings }))
        .sort((a, b) => b.pages - a.pages || (a.reason < b.reason ? -1 : 1));
    },
  };
}

export type PageNotStoredOperations = ReturnType<typeof pageNotStoredOperations>;
