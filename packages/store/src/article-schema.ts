import { type HydratedDocument, type Model, Schema } from 'mongoose';

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
  /**
   * Legacy: an article's search terms now live in `article_terms` (article-terms.ts). Only rows
   * stored before have them here, until `moveLegacySearchTerms` moves them at start-up.
   */
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
// Every index and the operations it serves (article-operations.ts; checked by explain in
// test/indexes.int.test.ts). List filters pair with sortAt so a time window narrows the range.
export const ARTICLE_INDEXES: { keys: Record<string, 1 | -1>; serves: string }[] = [
  { keys: { sortAt: -1, _id: -1 }, serves: 'list (no filter), entity counts, cursor ties' },
  { keys: { source: 1, sortAt: -1, _id: -1 }, serves: 'list by source' },
  { keys: { section: 1, sortAt: -1 }, serves: 'list by section' },
  { keys: { language: 1, sortAt: -1 }, serves: 'list by language' },
  { keys: { authors: 1, sortAt: -1 }, serves: 'list by author' },
  { keys: { 'enrichment.entities.key': 1, sortAt: -1 }, serves: 'list by entity key' },
  { keys: { 'enrichment.entities.name': 1, sortAt: -1 }, serves: 'list by entity name' },
  { keys: { storyId: 1, sortAt: -1 }, serves: "list by story, a story's members" },
  { keys: { fingerprintBands: 1 }, serves: 'near-copy candidates' },
  { keys: { duplicateOf: 1 }, serves: 'copies of an article' },
  { keys: { storyKeys: 1, sortAt: -1 }, serves: 'story candidates' },
  { keys: { status: 1, updatedAt: 1 }, serves: 'enriched since (stream, throughput)' },
  { keys: { firstSeenAt: 1 }, serves: 'new articles since (status)' },
  { keys: { 'extraction.version': 1 }, serves: 'reprocess by extractor version' },
  { keys: { 'enrichment.version': 1 }, serves: 're-enrich outdated enrichments' },
];
for (const { keys } of ARTICLE_INDEXES) articleSchema.index(keys);

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
