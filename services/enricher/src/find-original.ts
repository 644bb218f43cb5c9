import { type Enrichment, isNearDuplicateFingerprint } from '@newsflow/enrich';
import type { Article, ArticleModel } from '@newsflow/store';

/** Most candidates one band lookup may return; bands of unrelated texts rarely collide. */
const MAX_CANDIDATES = 50;

type Candidate = Pick<Article, '_id' | 'firstSeenAt' | 'storyId'> & {
  enrichment: Pick<Enrichment, 'fingerprint'>;
};

/**
 * The stored article this one is a near-copy of (same wire story, re-published page), found
 * through the indexed SimHash bands and confirmed by the library's Hamming-distance rule (whole
 * text or lead); the earliest seen wins.
 * Null when the article is the first of its kind.
 */
export async function findOriginal(
  articles: ArticleModel,
  article: Pick<Article, '_id' | 'firstSeenAt'>,
  fingerprint: Enrichment['fingerprint'],
): Promise<Candidate | null> {
  if (fingerprint.bands.length === 0) return null;
  const candidates = await articles
    .find(
      { fingerprintBands: { $in: fingerprint.bands }, _id: { $ne: article._id }, duplicateOf: null },
      { firstSeenAt: 1, storyId: 1, 'enrichment.fingerprint': 1 },
    )
    .limit(MAX_CANDIDATES)
    .lean<Candidate[]>();
  const earlier = candidates
    .filter((candidate) => candidate.enrichment?.fingerprint)
    .filter((candidate) => isNearDuplicateFingerprint(candidate.enrichment.fingerprint, fingerprint))
    .filter(
      (candidate) =>
        candidate.firstSeenAt < article.firstSeenAt ||
        (candidate.firstSeenAt.getTime() === article.firstSeenAt.getTime() && candidate._id < article._id),
    )
    .sort((a, b) => a.firstSeenAt.getTime() - b.firstSeenAt.getTime() || a._id.localeCompare(b._id));
  return earlier[0] ?? null;
}
