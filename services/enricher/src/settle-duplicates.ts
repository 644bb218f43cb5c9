import type { Enrichment } from '@newsflow/enrich';
import type { Article, ArticleModel } from '@newsflow/store';
import { earliestOf, findNearCopies, seenBefore } from './find-original.ts';

/** What an adopted copy's `articles.enriched` event is built from. */
export type AdoptedCopy = Pick<
  Article,
  '_id' | 'source' | 'url' | 'title' | 'language' | 'publishedAt' | 'traceId' | 'firstSeenAt'
> & {
  /** The story the copy was in before it moved to its original's. */
  previousStoryId: string | null;
  enrichment?: { language?: { code?: string | null } } | null;
};

type Copy = Omit<AdoptedCopy, 'previousStoryId'> & { storyId: string | null };

const COPY_FIELDS = {
  source: 1,
  url: 1,
  title: 1,
  language: 1,
  publishedAt: 1,
  traceId: 1,
  storyId: 1,
  'enrichment.language': 1,
} as const;

/**
 * Enrichment order is not the order articles were first seen: partitions run at their own pace
 * and several enrichers work at once, so an article and its near-copy can be enriched in either
 * order, or at the same moment, each finding no original before it saved. Once an article's
 * enrichment is saved, the pair is settled from whichever side looks last:
 * - an earlier-seen copy saved meanwhile is this article's original (returned; the caller marks it);
 * - later-seen copies that found no original become duplicates of this article and move to its
 *   story, with any copies of theirs (returned as `adopted`, for their updated events).
 */
export async function settleDuplicates(
  articles: ArticleModel,
  article: Pick<Article, '_id' | 'firstSeenAt'> & { storyId: string },
  fingerprint: Enrichment['fingerprint'],
  now = new Date(),
): Promise<{ original: Copy | null; adopted: AdoptedCopy[] }> {
  const copies = await findNearCopies<Copy>(articles, article, fingerprint, COPY_FIELDS);
  const original = earliestOf(copies.filter((copy) => seenBefore(copy, article)));
  if (original) return { original, adopted: [] };
  if (copies.length === 0) return { original: null, adopted: [] };
  const copyIds = copies.map((copy) => copy._id);
  const copiesOfCopies = await articles
    .find({ duplicateOf: { $in: copyIds } }, { ...COPY_FIELDS, firstSeenAt: 1 })
    .lean<Copy[]>();
  const adopted: AdoptedCopy[] = [];
  for (const copy of [...copies, ...copiesOfCopies]) {
    // Only a copy still undecided (or still pointing at a copy adopted here) is moved: another
    // enricher may have settled it meanwhile.
    const result = await articles.updateOne(
      { _id: copy._id, duplicateOf: copies.includes(copy) ? null : { $in: copyIds } },
      { $set: { duplicateOf: article._id, storyId: article.storyId, updatedAt: now } },
    );
    if (result.modifiedCount === 1) {
      const { storyId, ...fields } = copy;
      adopted.push({ ...fields, previousStoryId: storyId });
    }
  }
  return { original: null, adopted };
}
