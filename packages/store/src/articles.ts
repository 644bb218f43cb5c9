import { type HydratedDocument, type Model, Schema } from 'mongoose';
import { searchTermsOf } from './search-terms.ts';

/** Lifecycle of a stored article: the parser writes `parsed`, the enricher turns it `enriched`. */
export type ArticleStatus = 'parsed' | 'enriched';

export interface RelatedLink {
  title: string;
  url: string;
  publishedAt?: string | null;
}

/** An article as stored in the `articles` collection. `_id` is the hash of its canonical URL. */
export interface Article {
  _id: string;
  source: string;
  url: string;
  canonicalUrl: string;
  title: string;
  subtitle: string | null;
  authors: string[];
  section: string | null;
  tags: string[];
  publishedAt: Date | null;
  modifiedAt: Date | null;
  /** publishedAt, else when first seen: the key that orders articles newest first. */
  sortAt: Date;
  body: string;
  bodyHtml: string | null;
  language: string | null;
  leadImage: string | null;
  related: RelatedLink[];
  contentHash: string;
  status: ArticleStatus;
  extraction: { version: string; provenance: Record<string, string> };
  enrichment: Record<string, unknown> | null;
  /** LSH band keys of the body's SimHash: indexed, to find near-duplicates without a scan. */
  fingerprintBands: string[];
  /** The first stored article this one is a near-copy of (same wire story, re-published page). */
  duplicateOf: string | null;
  /** Candidate keys (main entities, keywords) to find articles of the same story. */
  storyKeys: string[];
  storyId: string | null;
  /** Normalised distinct terms of title + body (`searchTermsOf`): the API's portable full text. */
  searchTerms?: string[];
  traceId: string;
  fetchedAt: Date;
  firstSeenAt: Date;
  updatedAt: Date;
}

export type ArticleModel = Model<Article>;
export type ArticleDocument = HydratedDocument<Article>;

export const articleSchema = new Schema<Article>(
  {
    _id: { type: String, required: true },
    source: { type: String, required: true },
    url: { type: String, required: true },
    canonicalUrl: { type: String, required: true },
    title: { type: String, required: true },
    subtitle: { type: String, default: null },
    authors: { type: [String], default: [] },
    section: { type: String, default: null },
    tags: { type: [String], default: [] },
    publishedAt: { type: Date, default: null },
    modifiedAt: { type: Date, default: null },
    sortAt: { type: Date, required: true },
    body: { type: String, required: true },
    bodyHtml: { type: String, default: null },
    language: { type: String, default: null },
    leadImage: { type: String, default: null },
    related: {
      type: [new Schema<RelatedLink>({ title: String, url: String, publishedAt: String }, { _id: false })],
      default: [],
    },
    contentHash: { type: String, required: true },
    status: { type: String, enum: ['parsed', 'enriched'], required: true },
    extraction: { type: Schema.Types.Mixed, required: true },
    enrichment: { type: Schema.Types.Mixed, default: null },
    fingerprintBands: { type: [String], default: [] },
    duplicateOf: { type: String, default: null },
    storyKeys: { type: [String], default: [] },
    storyId: { type: String, default: null },
    searchTerms: { type: [String], default: undefined },
    traceId: { type: String, required: true },
    fetchedAt: { type: Date, required: true },
    firstSeenAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
  },
  { versionKey: false, minimize: false },
);
// Newest-first listing with a stable cursor (sortAt, _id), overall and per source.
articleSchema.index({ sortAt: -1, _id: -1 });
articleSchema.index({ source: 1, sortAt: -1, _id: -1 });
articleSchema.index({ status: 1 });
// Full-text `q` (multikey) and the API's other filters; each narrows before the sortAt order.
articleSchema.index({ searchTerms: 1 });
articleSchema.index({ 'enrichment.entities.key': 1 });
articleSchema.index({ section: 1, sortAt: -1 });
articleSchema.index({ 'extraction.version': 1 });
// Candidate lookups of the enricher (multikey indexes: both MongoDB and FerretDB 1.24 have them).
articleSchema.index({ fingerprintBands: 1 });
articleSchema.index({ storyKeys: 1, sortAt: -1 });
articleSchema.index({ storyId: 1, sortAt: -1 });

/** What the enricher decides about an article, written with its enrichment. */
export interface EnrichmentRecord {
  enrichment: Record<string, unknown>;
  fingerprintBands: string[];
  duplicateOf: string | null;
  storyKeys: string[];
  storyId: string;
}

export type ParsedArticle = Omit<
  Article,
  | 'status'
  | 'enrichment'
  | 'firstSeenAt'
  | 'updatedAt'
  | 'sortAt'
  | 'searchTerms'
  | keyof Omit<EnrichmentRecord, 'enrichment'>
>;

/**
 * Stores a parsed article idempotently: a new URL is inserted, a changed page (new content hash)
 * replaces the parsed fields and goes back to `parsed`, and a re-fetch of unchanged content
 * writes nothing, so re-crawling neither duplicates nor re-enriches an article.
 */
export async function saveParsedArticle(
  articles: ArticleModel,
  article: ParsedArticle,
  now = new Date(),
): Promise<{ outcome: 'created' | 'updated' | 'unchanged'; status: ArticleStatus }> {
  const existing = await articles.findById(article._id, { contentHash: 1, firstSeenAt: 1, status: 1 }).lean();
  if (existing?.contentHash === article.contentHash) return { outcome: 'unchanged', status: existing.status };
  const firstSeenAt = existing?.firstSeenAt ?? now;
  const { _id, ...fields } = article;
  await articles.updateOne(
    { _id },
    {
      $set: {
        ...fields,
        sortAt: article.publishedAt ?? firstSeenAt,
        searchTerms: searchTermsOf(article.title, article.body),
        status: 'parsed',
        enrichment: null,
        updatedAt: now,
      },
      $setOnInsert: { firstSeenAt, fingerprintBands: [], duplicateOf: null, storyKeys: [], storyId: null },
    },
    { upsert: true },
  );
  return { outcome: existing ? 'updated' : 'created', status: 'parsed' };
}

/**
 * Writes an article's enrichment, only if the article still has the content that was enriched
 * (a newer parse in between wins and will be enriched in turn). Returns whether it was written.
 */
export async function saveEnrichment(
  articles: ArticleModel,
  articleId: string,
  contentHash: string,
  record: EnrichmentRecord,
  now = new Date(),
): Promise<boolean> {
  const result = await articles.updateOne(
    { _id: articleId, contentHash },
    { $set: { ...record, status: 'enriched', updatedAt: now } },
  );
  return result.matchedCount === 1;
}
