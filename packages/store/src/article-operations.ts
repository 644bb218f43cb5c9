import type { Model } from 'mongoose';
import {
  type ArticleFilter,
  type ArticleSelection,
  filterConditions,
  hasIndexedCondition,
  matchAll,
  timeRange,
  windowIndexFor,
} from './article-filter.ts';
import type { Article, ArticleStatus, ParsedArticle } from './article-schema.ts';
import type { ArticleTerms } from './article-terms.ts';
import { newestFirst, newestKeys, widthHints } from './newest-first.ts';
import { searchTermsOf } from './search-terms.ts';
import { keyReads } from './window-reads.ts';

/** One stored article's arrival: its source and when it was first stored. */
export interface ArticleArrival {
  source: string;
  firstSeenAt: Date;
}

/** A position in newest-first order: the cursor of a list page. */
export interface ArticlePosition {
  at: Date;
  id: string;
}

export type ArticleField = keyof Article | `enrichment.${string}`;

/** Stored fields an article read leaves out unless asked: the page's markup and the term index. */
const HEAVY_FIELDS = { bodyHtml: 0, searchTerms: 0 } as const;

function projectionOf(fields: readonly ArticleField[] | undefined): Record<string, 0 | 1> {
  if (!fields) return { ...HEAVY_FIELDS };
  // sortAt always: a list's cursor and window walk are made of it.
  return Object.fromEntries([...fields, 'sortAt'].map((field) => [field, 1]));
}

/** Most keys one step of a term search with other conditions reads (it grows fourfold from a page). */
const MAX_TERMS_BATCH = 2000;

/** A story decision as it is expected to stand before a conditional update (null: undecided). */
export interface DecisionGuard {
  duplicateOf?: string | null | { in: string[] };
  storyId?: string | null;
  contentHash?: string;
}

/**
 * The `articles` collection's operations. Every query is here, each shaped for an index of
 * `ARTICLE_INDEXES` (article-schema.ts), which test/indexes.int.test.ts checks with explain.
 */
export function articleOperations(articles: Model<Article>, articleTerms: Model<ArticleTerms>) {
  const hintFor = widthHints();

  /** Newest first through sortAt windows (newest-first.ts); `until` is exclusive. */
  function newestMatching(
    conditions: Record<string, unknown>[],
    projection: Record<string, 0 | 1>,
    bounds: { after?: ArticlePosition | undefined; from?: Date | undefined; until: Date },
    limit: number,
    indexedAnyTime: boolean,
    windowIndex: Record<string, 1 | -1> | undefined,
  ): Promise<Article[]> {
    return newestFirst<Article>(
      {
        ...keyReads(articles, {
          timeField: 'sortAt',
          conditions,
          anyTime: indexedAnyTime,
          ...(windowIndex ? { rangeHint: () => windowIndex } : {}),
        }),
        rowsByIds: (ids) => articles.find({ _id: { $in: ids } }, projection).lean<Article[]>(),
        idOf: (article) => article._id,
      },
      { ...bounds, widthHint: hintFor(JSON.stringify(conditions)) },
      limit,
    );
  }

  /**
   * Newest first among the articles holding every term: windows walk `article_terms` (its terms
   * index), and the keys found are read from `articles` with the filter's other conditions. Keys
   * the conditions reject are passed over in growing batches until the page is full.
   */
  async function newestWithTerms(
    terms: string[],
    conditions: Record<string, unknown>[],
    projection: Record<string, 0 | 1>,
    bounds: { after?: ArticlePosition | undefined; from?: Date | undefined; until: Date },
    limit: number,
  ): Promise<Article[]> {
    const widthHint = hintFor(JSON.stringify(['terms', terms, conditions]));
    const reads = keyReads(articleTerms, {
      timeField: 'sortAt',
      conditions: [{ terms: { $all: terms } }],
      anyTime: true,
      // The engine's terms index reads each term's whole posting list whatever the window (a
      // common term: cost grows with the collection). A window no wider than twice the span of
      // this search's last page holds few rows: read them by time and check their terms.
      rangeHint: (lo, hi) => {
        const lastSpan = widthHint.get();
        return lastSpan !== undefined && hi.getTime() - lo.getTime() <= 2 * lastSpan
          ? { sortAt: -1, _id: -1 }
          : undefined;
      },
    });
    const page: Article[] = [];
    let after = bounds.after;
    // Without other conditions every key is kept (but a terms row whose article is not saved yet).
    let batch = conditions.length === 0 ? limit : Math.max(limit, 20);
    for (;;) {
      const keys = await newestKeys(reads, { ...bounds, after, widthHint }, batch);
      if (keys.length === 0) return page;
      const rows = new Map(
        (
          await articles
            .find(matchAll([{ _id: { $in: keys.map((key) => key.id) } }, ...conditions]), projection)
            .lean<Article[]>()
        ).map((row) => [row._id, row]),
      );
      for (const key of keys) {
        const row = rows.get(key.id);
        if (row && page.length < limit) page.push(row);
      }
      if (page.length >= limit || keys.length < batch) return page;
      after = keys.at(-1);
      batch = Math.min(batch * 4, MAX_TERMS_BATCH);
    }
  }

  /** The exclusive upper bound of a walk back from now (sortAt is never after its save). */
  const untilOf = (before: Date | undefined, now: Date): Date =>
    before && before.getTime() <= now.getTime() ? before : new Date(now.getTime() + 1000);

  return {
    /**
     * Stores a parsed article idempotently: a new URL is inserted, a changed page (new content
     * hash) replaces the parsed fields and goes back to `parsed`, and a re-fetch of unchanged
     * content writes nothing, so re-crawling neither duplicates nor re-enriches an article.
     */
    async saveParsed(
      article: ParsedArticle,
      now = new Date(),
    ): Promise<{ outcome: 'created' | 'updated' | 'unchanged'; status: ArticleStatus }> {
      const existing = await articles
        .findById(article._id, { contentHash: 1, firstSeenAt: 1, status: 1 })
        .lean();
      if (existing?.contentHash === article.contentHash)
        return { outcome: 'unchanged', status: existing.status };
      const firstSeenAt = existing?.firstSeenAt ?? now;
      const { _id, ...fields } = article;
      // Never in the future: list pages walk back from now (newest-first.ts).
      const sortAt = new Date(Math.min((article.publishedAt ?? firstSeenAt).getTime(), now.getTime()));
      // Terms first: a crash between the two writes leaves the article unsaved, so its redelivery
      // writes both again (the other way round, "unchanged" would skip the terms for good).
      await articleTerms.updateOne(
        { _id },
        { $set: { terms: searchTermsOf(article.title, article.body), sortAt } },
        { upsert: true },
      );
      await articles.updateOne(
        { _id },
        {
          $set: {
            ...fields,
            sortAt,
            status: 'parsed',
            enrichment: null,
            updatedAt: now,
          },
          $setOnInsert: {
            firstSeenAt,
            fingerprintBands: [],
            duplicateOf: null,
            storyKeys: [],
            storyId: null,
          },
        },
        { upsert: true },
      );
      return { outcome: existing ? 'updated' : 'created', status: 'parsed' };
    },

    /** One article (without its markup and term index), or null. */
    async get(id: string): Promise<Article | null> {
      return articles.findById(id, HEAVY_FIELDS).lean<Article>();
    },

    /** Some fields of one article, or null. */
    async getFields<K extends keyof Article>(
      id: string,
      fields: readonly K[],
    ): Promise<Pick<Article, K | '_id'> | null> {
      return articles
        .findById(id, Object.fromEntries(fields.map((f) => [f, 1])))
        .lean<Pick<Article, K | '_id'>>();
    },

    /**
     * A page of articles, newest first by (sortAt, _id), strictly after `after` when given: read
     * in bounded sortAt windows (newest-first.ts), so its cost does not grow with the collection.
     */
    async list(
      filter: ArticleFilter,
      page: {
        limit: number;
        after?: ArticlePosition | undefined;
        fields?: readonly ArticleField[] | undefined;
      },
      now = new Date(),
    ): Promise<Article[]> {
      const bounds = { after: page.after, from: filter.from, until: untilOf(filter.before, now) };
      if (filter.terms !== undefined)
        return newestWithTerms(
          filter.terms,
          filterConditions(filter),
          projectionOf(page.fields),
          bounds,
          page.limit,
        );
      return newestMatching(
        filterConditions(filter),
        projectionOf(page.fields),
        bounds,
        page.limit,
        hasIndexedCondition(filter),
        windowIndexFor(filter),
      );
    },

    async count(filter: ArticleSelection): Promise<number> {
      return articles.countDocuments(matchAll([...filterConditions(filter), ...timeRange(filter)]));
    },

    async estimatedCount(): Promise<number> {
      return articles.estimatedDocumentCount();
    },

    /** The next batch of matching articles in `_id` order after `afterId`: for reprocessing all. */
    async batchInIdOrder(
      filter: ArticleSelection,
      afterId: string | null,
      limit: number,
    ): Promise<Article[]> {
      const conditions = [...filterConditions(filter), ...timeRange(filter)];
      if (afterId) conditions.push({ _id: { $gt: afterId } });
      return articles
        .find(matchAll(conditions), HEAVY_FIELDS)
        .sort({ _id: 1 })
        .limit(limit)
        .lean<Article[]>();
    },

    /** Articles marked as copies of any of these. */
    async copiesOf<K extends keyof Article>(ids: string[], fields: readonly (K | `enrichment.${string}`)[]) {
      if (ids.length === 0) return [];
      return articles
        .find({ duplicateOf: { $in: ids } }, Object.fromEntries(fields.map((f) => [f, 1])))
        .lean<Pick<Article, K | '_id'>[]>();
    },

    /**
     * Articles in a story sharing a candidate key, within a sortAt range, newest first, with the
     * parts of their enrichment a story comparison reads (entities, title and story terms).
     */
    async storyCandidates(
      keys: string[],
      range: { from: Date; to: Date },
      excludeId: string,
      limit: number,
    ): Promise<Pick<Article, '_id' | 'storyId' | 'source' | 'enrichment'>[]> {
      if (keys.length === 0) return [];
      return articles
        .find(
          {
            storyKeys: { $in: keys },
            storyId: { $ne: null },
            _id: { $ne: excludeId },
            sortAt: { $gte: range.from, $lte: range.to },
          },
          // What a story comparison reads of each candidate (its signature), not the whole
          // enrichment: up to 200 candidates per article, their quotes and summaries unread.
          {
            storyId: 1,
            source: 1,
            'enrichment.entities': 1,
            'enrichment.titleTerms': 1,
            'enrichment.storyTerms': 1,
          },
        )
        .sort({ sortAt: -1 })
        .limit(limit)
        .lean<Pick<Article, '_id' | 'storyId' | 'source' | 'enrichment'>[]>();
    },

    /** A story's articles, oldest first (copies too unless `originalsOnly`). */
    async storyMembers<K extends keyof Article>(
      storyId: string,
      fields: readonly (K | `enrichment.${string}`)[],
      options: { limit: number; originalsOnly?: boolean },
    ): Promise<Pick<Article, K | '_id' | 'sortAt'>[]> {
      type Member = Pick<Article, K | '_id' | 'sortAt'>;
      const projection = Object.fromEntries([...fields, 'sortAt'].map((f) => [f, 1]));
      const read = (limit: number | null, withDecision: boolean) => {
        const query = articles
          .find({ storyId }, withDecision ? { ...projection, duplicateOf: 1 } : projection)
          .sort({ sortAt: 1, _id: 1 });
        return (limit === null ? query : query.limit(limit)).lean<
          (Member & { duplicateOf?: string | null })[]
        >();
      };
      if (!options.originalsOnly) return read(options.limit, false);
      // `duplicateOf: null` stays out of the query: beside storyId, the local engine intersected
      // it with the duplicateOf index, where most rows are null (31 ms per story at 100 000
      // articles, measured by bench:pipeline). Copies are left out here; a story with more copies
      // than a few pages' worth is read whole.
      const originalsOf = (rows: (Member & { duplicateOf?: string | null })[]): Member[] =>
        rows
          .filter((row) => !row.duplicateOf)
          .slice(0, options.limit)
          .map((row) => {
            if (fields.includes('duplicateOf' as K)) return row;
            const { duplicateOf: _decision, ...member } = row;
            return member as Member;
          });
      const some = await read(options.limit * 4, true);
      const originals = originalsOf(some);
      if (originals.length >= options.limit || some.length < options.limit * 4) return originals;
      return originalsOf(await read(null, true));
    },

    /**
     * Sets an article's duplicate / story decision only if it still stands as `guard` says (another
     * writer may have decided meanwhile). Returns whether it was changed.
     */
    async setDecision(
      id: string,
      guard: DecisionGuard,
      decision: { duplicateOf?: string | null; storyId?: string },
      now = new Date(),
    ): Promise<boolean> {
      const condition: Record<string, unknown> = { _id: id };
      if (guard.contentHash !== undefined) condition.contentHash = guard.contentHash;
      if (guard.storyId !== undefined) condition.storyId = guard.storyId;
      if (guard.duplicateOf !== undefined)
        condition.duplicateOf =
          guard.duplicateOf !== null && typeof guard.duplicateOf === 'object'
            ? { $in: guard.duplicateOf.in }
            : guard.duplicateOf;
      const result = await articles.updateOne(condition, { $set: { ...decision, updatedAt: now } });
      return result.modifiedCount === 1;
    },

    /** Times of articles first seen / enriched since a moment (status throughput), at most `limit`. */
    async timesSince(kind: 'firstSeen' | 'enriched', since: Date, limit: number): Promise<Date[]> {
      const rows =
        kind === 'firstSeen'
          ? await articles
              .find({ firstSeenAt: { $gte: since } }, { firstSeenAt: 1 })
              .limit(limit)
              .lean()
          : await articles
              .find({ status: 'enriched', updatedAt: { $gte: since } }, { updatedAt: 1 })
              .limit(limit)
              .lean();
      return rows.map((row) => (kind === 'firstSeen' ? row.firstSeenAt : row.updatedAt));
    },

    /**
     * The arrivals (first stored at `from` ≤ t < `to`) of new articles, at most `limit`: what the
     * status page counts per source and hour, and its source-silence alert. Two fields are read.
     */
    async arrivals(from: Date, to: Date, limit = 50_000): Promise<ArticleArrival[]> {
      return articles
        .find({ firstSeenAt: { $gte: from, $lt: to } }, { _id: 0, source: 1, firstSeenAt: 1 })
        .limit(limit)
        .lean<ArticleArrival[]>();
    },

    /** Articles first seen since a moment, per source. */
    async countNewBySource(since: Date): Promise<Map<string, number>> {
      const rows = await articles.aggregate<{ _id: string | null; n: number }>([
        { $match: { firstSeenAt: { $gte: since } } },
        { $group: { _id: '$source', n: { $sum: 1 } } },
      ]);
      return new Map(rows.map((row) => [row._id ?? '', row.n]));
    },

    /** The entities of the newest enriched articles of a sortAt period (for top-entity counts). */
    async newestEntities(
      filter: { source?: string | undefined; from?: Date | undefined; before?: Date | undefined },
      limit: number,
      now = new Date(),
    ): Promise<Pick<Article, '_id' | 'enrichment'>[]> {
      const conditions = filterConditions({ source: filter.source, status: 'enriched' });
      const until = untilOf(filter.before, now);
      const projection = { 'enrichment.entities': 1, sortAt: 1 } as const;
      // A period holding at most `limit` articles is read whole, in one range query; only a
      // larger one needs its newest `limit`, found through sortAt windows.
      const period = { sortAt: { ...(filter.from ? { $gte: filter.from } : {}), $lt: until } };
      const all = await articles
        .find(matchAll([...conditions, period]), projection)
        .limit(limit + 1)
        .lean<Pick<Article, '_id' | 'enrichment'>[]>();
      if (all.length <= limit) return all;
      return newestMatching(
        conditions,
        projection,
        { from: filter.from, until },
        limit,
        filter.source !== undefined,
        undefined,
      );
    },
  };
}

export type ArticleOperations = ReturnType<typeof articleOperations>;
