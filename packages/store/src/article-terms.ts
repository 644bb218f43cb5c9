import { type Model, Schema } from 'mongoose';
import type { Article } from './article-schema.ts';

/**
 * Each article's search terms (`searchTermsOf`: up to 3 000 distinct words of its title and body),
 * in a collection of their own: `article_terms`, one document per article, `_id` its id.
 *
 * Kept apart from `articles` because every update of a document rewrites all of its index entries
 * on PostgreSQL (DocumentDB keeps the document in one column: no update is "HOT"). On the article
 * a few hundred term entries were rewritten by each of its three writes (parse, enrichment,
 * decision): 15.7 ms per update against 2.4 ms without them (400 terms, the local engine). Here
 * they are written once per parsed content.
 */
export interface ArticleTerms {
  _id: string;
  terms: string[];
  /** The article's sortAt, so a term search walks newest-first windows like any list. */
  sortAt: Date;
}

export type ArticleTermsModel = Model<ArticleTerms>;

export const articleTermsSchema = new Schema<ArticleTerms>(
  {
    _id: { type: String, required: true },
    terms: { type: [String], required: true },
    sortAt: { type: Date, required: true },
  },
  { versionKey: false },
);

export const ARTICLE_TERMS_INDEXES: { keys: Record<string, 1 | -1>; serves: string }[] = [
  { keys: { terms: 1, sortAt: -1 }, serves: 'list by full-text terms' },
  {
    keys: { sortAt: -1, _id: -1 },
    serves: 'list by full-text terms, a narrow window (terms checked per row)',
  },
];
for (const { keys } of ARTICLE_TERMS_INDEXES) articleTermsSchema.index(keys);

/** Rows moved per step of the start-up move below. */
const MOVE_BATCH = 500;

/**
 * Moves the search terms of articles stored before `article_terms` existed into it, then drops
 * the old index: run at start-up, a no-op (one index listing) once done. Several services may
 * run it at once; every step is idempotent.
 */
export async function moveLegacySearchTerms(
  articles: Model<Article>,
  articleTerms: ArticleTermsModel,
): Promise<number> {
  const legacy = (await articles.collection.indexes()).find((index) => 'searchTerms' in (index.key ?? {}));
  if (!legacy?.name) return 0;
  let moved = 0;
  for (;;) {
    const batch = await articles
      .find({ searchTerms: { $exists: true } }, { searchTerms: 1, sortAt: 1 })
      .limit(MOVE_BATCH)
      .lean<Pick<Article, '_id' | 'searchTerms' | 'sortAt'>[]>();
    if (batch.length === 0) break;
    await articleTerms.bulkWrite(
      batch.map((row) => ({
        updateOne: {
          filter: { _id: row._id },
          update: { $set: { terms: row.searchTerms ?? [], sortAt: row.sortAt } },
          upsert: true,
        },
      })),
    );
    await articles.updateMany({ _id: { $in: batch.map((row) => row._id) } }, { $unset: { searchTerms: 1 } });
    moved += batch.length;
  }
  // Another service's move may have dropped it first.
  await articles.collection.dropIndex(legacy.name).catch(() => undefined);
  return moved;
}
