import type { Enrichment } from '@newsflow/enrich';
import type { Article, ArticleModel } from '@newsflow/store';
import { findNearCopies, seenBefore } from './find-original.ts';

/** What an adopted copy's `articles.enriched` event is built from. */
export type AdoptedCopy = Pick<
  Article,
  '_id' | 'source' | 'url' | 'title' | 'language' | 'publishedAt' | 'traceId' | 'firstSeenAt'
> & {
  /** The story the copy was in before it moved to its original's. */
  previousStoryId: string | null;
  enrichment?: { language?: { code?: string | null } } | null;
};

const EVENT_FIELDS = {
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
 * and several enrichers work at once, so a near-copy can be enriched before its original (or at
 * the same moment) and find no original. Once the original's enrichment is saved, it adopts them:
 * those copies, and any copies of theirs, become duplicates of it and move to its story.
 * Returns the copies adopted, for their updated events.
 */
export async function adoptLaterCopies(
  articles: ArticleModel,
  original: Pick<Article, '_id' | 'firstSeenAt'> & { storyId: string },
  fingerprint: Enrichment['fingerprint'],
  now = new Date(),
): Promise<AdoptedCopy[]> {
  type Found = Omit<AdoptedCopy, 'previousStoryId'> & { storyId: string | null };
  const copies = (await findNearCopies<Found>(articles, original, fingerprint, EVENT_FIELDS)).filter((copy) =>
    seenBefore(original, copy),
  );
  if (copies.length === 0) return [];
  const copiesOfCopies = await articles
    .find({ duplicateOf: { $in: copies.map((copy) => copy._id) } }, { ...EVENT_FIELDS, firstSeenAt: 1 })
    .lean<Found[]>();
  const adopted: AdoptedCopy[] = [];
  for (const copy of [...copies, ...copiesOfCopies]) {
    // Only a copy still undecided (or still pointing at a copy adopted here) is moved: another
    // enricher may have settled it meanwhile.
    const result = await articles.updateOne(
      { _id: copy._id, duplicateOf: copies.includes(copy) ? null : { $in: copies.map((c) => c._id) } },
      { $set: { duplicateOf: original._id, storyId: original.storyId, updatedAt: now } },
    );
    if (result.modifiedCount === 1) {
      const { storyId, ...fields } = copy;
      adopted.push({ ...fields, previousStoryId: storyId });
    }
  }
  return adopted;
}
