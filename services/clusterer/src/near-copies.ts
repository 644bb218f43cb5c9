import { type Enrichment, isNearDuplicateFingerprint } from '@newsflow/enrich';
import type { Article, ClusterOperations } from '@newsflow/store';

/**
 * Most candidates one band lookup may return. Unrelated articles share a 16-bit band at random
 * about 8 × N / 65 536 times (packages/enrich simhash.ts): 122 at a million stored articles, so
 * 1 000 leaves room for real copies without cutting off the original.
 */
const MAX_CANDIDATES = 1000;

type Seen = Pick<Article, '_id' | 'firstSeenAt'>;

/** The order that decides which of two near-copies is the original: first seen, then `_id`. */
export function seenBefore(a: Seen, b: Seen): boolean {
  const at = a.firstSeenAt.getTime();
  const bt = b.firstSeenAt.getTime();
  return at < bt || (at === bt && a._id < b._id);
}

/**
 * Clustered articles, not themselves duplicates, that are near-copies of this one: found through
 * the indexed SimHash bands and confirmed by the library's Hamming-distance rule (whole text or
 * lead). Articles enriched but not yet clustered are left out: their decisions come later in the
 * clusterer's log, and they will look for this article then.
 */
export async function findNearCopies<T extends Seen>(
  clustering: ClusterOperations,
  article: Seen,
  fingerprint: Enrichment['fingerprint'],
  fields: readonly (keyof Article | `enrichment.${string}`)[],
): Promise<T[]> {
  const candidates = (await clustering.nearCopyCandidates(
    fingerprint.bands,
    article._id,
    [...fields, 'firstSeenAt', 'enrichment.fingerprint'],
    MAX_CANDIDATES,
  )) as unknown as (T & { enrichment?: Pick<Enrichment, 'fingerprint'> | null })[];
  return candidates.filter(
    (candidate) =>
      candidate.enrichment?.fingerprint &&
      isNearDuplicateFingerprint(candidate.enrichment.fingerprint, fingerprint),
  );
}

/** The first seen of some articles, or null. */
export function earliestOf<T extends Seen>(articles: T[]): T | null {
  return articles.reduce<T | null>((first, a) => (first === null || seenBefore(a, first) ? a : first), null);
}
