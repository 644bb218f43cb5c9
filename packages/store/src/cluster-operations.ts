import type { Model } from 'mongoose';
import type { Article } from './article-schema.ts';

/** An article's enrichment without its duplicate and story decisions (the clusterer makes those). */
export interface UndecidedEnrichment {
  enrichment: Record<string, unknown>;
  fingerprintBands: string[];
  storyKeys: string[];
}

/**
 * The operations that split enrichment from clustering: the enrichers save enrichments (in
 * parallel), and one clusterer, reading them in one order, decides duplicates and stories.
 * An article is clustered once its status is `enriched` (the clusterer sets it with the
 * decision); each query is shaped for an index of `ARTICLE_INDEXES`, checked by explain in
 * test/indexes.int.test.ts.
 */
export function clusterOperations(articles: Model<Article>) {
  const projection = (fields: readonly string[]) => Object.fromEntries(fields.map((f) => [f, 1]));
  return {
    /**
     * Writes an article's enrichment, only if the article still has the content that was enriched,
     * leaving its status and its decisions as they are. Returns whether it was written.
     */
    async saveEnrichment(
      articleId: string,
      contentHash: string,
      record: UndecidedEnrichment,
      now = new Date(),
    ): Promise<boolean> {
      const result = await articles.updateOne(
        { _id: articleId, contentHash },
        { $set: { ...record, updatedAt: now } },
      );
      return result.matchedCount === 1;
    },

    /** Clustered articles, not themselves copies, sharing a SimHash band key with a fingerprint. */
    async nearCopyCandidates<K extends keyof Article>(
      bands: string[],
      excludeId: string,
      fields: readonly (K | `enrichment.${string}`)[],
      limit: number,
    ): Promise<(Pick<Article, K | '_id'> & { enrichment?: Record<string, unknown> | null })[]> {
      if (bands.length === 0) return [];
      // The band lookup alone: beside it, `duplicateOf: null` (most rows) made the local engine
      // intersect with that whole index (about 100 ms at 100 000 articles). The few candidates
      // are filtered here.
      const found = await articles
        .find({ fingerprintBands: { $in: bands } }, { ...projection(fields), duplicateOf: 1, status: 1 })
        .limit(limit)
        .lean<
          (Pick<Article, K | '_id' | 'duplicateOf' | 'status'> & {
            enrichment?: Record<string, unknown> | null;
          })[]
        >();
      return found.filter(
        (candidate) =>
          candidate._id !== excludeId && !candidate.duplicateOf && candidate.status === 'enriched',
      );
    },

    /**
     * Records the clusterer's decision about an article and marks it `enriched`, only if the
     * article still has the content that was clustered. Returns whether it was written.
     */
    async decide(
      articleId: string,
      contentHash: string,
      decision: { duplicateOf: string | null; storyId: string },
      now = new Date(),
    ): Promise<boolean> {
      const result = await articles.updateOne(
        { _id: articleId, contentHash },
        { $set: { ...decision, status: 'enriched', updatedAt: now } },
      );
      return result.matchedCount === 1;
    },
  };
}

export type ClusterOperations = ReturnType<typeof clusterOperations>;
