import { type Enrichment, isNearDuplicateFingerprint } from '@newsflow/enrich';
import type { Article, ArticleModel } from '@newsflow/store';

/** Most candidates one band lookup may return; bands of unrelated texts rarely collide. */
const MAX_CANDIDATES = 50;

type Seen = Pick<Article, '_id' | 'firstSeenAt'>;

/** The order that decides which of two near-copies is the original: first seen, then `_id`. */
export function seenBefore(a: Seen, b: Seen): boolean {
  const at = a.firstSeenAt.getTime();
  const bt = b.firstSeenAt.getTime();
  return at < bt || (at === bt && a._id < b._id);
}

/**
 * Stored articles, not themselves duplicates, that are near-copies of this one: found through the
 * indexed SimHash bands and confirmed by the library's Hamming-distance rule (whole text or lead).
 */
export async function findNearCopies<T extends Seen>(
  articles: ArticleModel,
  article: Seen,
  fingerprint: Enrichment['fingerprint'],
  projection: Record<string, 1>,
): Promise<T[]> {
  if (fingerprint.bands.length === 0) return [];
  const candidates = await articles
    .find(
      { fingerprintBands: { $in: fingerprint.bands }, _id: { $ne: article._id }, duplicateOf: null },
      { ...projection, firstSeenAt: 1, 'enrichment.fingerprint': 1 },
    )
    .limit(MAX_CANDIDATES)
    .lean<(T & { enrichment?: Pick<Enrichment, 'fingerprint'> | null })[]>();
  return candidates.filter(
    (candidate) =>
      candidate.enrichment?.fingerprint &&
      isNearDuplicateFingerprint(candidate.enrichment.fingerprint, fingerprint),
  );
}

/**
 * The stored article this one is a near-copy of (same wire story, re-published page); the
 * earliest seen wins. Null when the article is the first of its kind.
 */
export async function findOriginal(
  articles: ArticleModel,
  article: Seen,
  fingerprint: Enrichment['fingerprint'],
): Promise<Pick<Article, '_id' | 'firstSeenAt' | 'storyId'> | null> {
  const copies = await findNearCopies<Pick<Article, '_id' | 'firstSeenAt' | 'storyId'>>(
    articles,
    article,
    fingerprint,
    { storyId: 1 },
  );
  return earliestOf(copies.filter((copy) => seenBefore(copy, article)));
}

/** The first seen of some articles, or null. */
export function earliestOf<T extends Seen>(articles: T[]): T | null {
  return articles.reduce<T | null>((first, a) => (first === null || seenBefore(a, first) ? a : first), null);
}
