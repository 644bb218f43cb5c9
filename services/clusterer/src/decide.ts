import type { Enrichment, StorySignature } from '@newsflow/enrich';
import type { Article, Store } from '@newsflow/store';
import { ANNOUNCED_FIELDS, type AnnouncedArticle } from './announce.ts';
import { matchStory } from './match-story.ts';
import { earliestOf, findNearCopies, seenBefore } from './near-copies.ts';

/** The stored fields a decision is made from. */
export const DECISION_FIELDS = [
  'contentHash',
  'firstSeenAt',
  'sortAt',
  'source',
  'duplicateOf',
  'storyId',
  'storyKeys',
  'enrichment',
] as const;

export type UndecidedArticle = Pick<Article, (typeof DECISION_FIELDS)[number] | '_id'> & {
  enrichment: Enrichment & StorySignature;
};

export interface Decision {
  duplicateOf: string | null;
  storyId: string;
  /** Later-seen near-copies clustered before this article as originals: they become its copies. */
  laterCopies: AnnouncedArticle[];
}

/**
 * The duplicate and story decision about an article, from the articles clustered before it (the
 * clusterer is the only writer, so nothing changes while it decides):
 * - a near-copy seen earlier makes it `duplicateOf` the earliest such copy, in that copy's story;
 * - else it joins the story of the most similar article of its time window, or starts its own;
 * - an article decided before (a redelivery, a re-enrichment, a changed page) keeps its decision,
 *   so a redelivered event writes the same result.
 * An original also takes over the later-seen near-copies that were clustered first as originals.
 */
export async function decide(store: Pick<Store, 'articles' | 'clustering'>, article: UndecidedArticle) {
  const copies = await findNearCopies<AnnouncedArticle>(
    store.clustering,
    article,
    article.enrichment.fingerprint,
    ANNOUNCED_FIELDS,
  );
  const laterOf = (duplicateOf: string | null) =>
    duplicateOf === null ? copies.filter((copy) => seenBefore(article, copy)) : [];
  if (article.storyId !== null)
    return {
      duplicateOf: article.duplicateOf,
      storyId: article.storyId,
      laterCopies: laterOf(article.duplicateOf),
    } satisfies Decision;
  const original = earliestOf(copies.filter((copy) => seenBefore(copy, article)));
  if (original?.storyId)
    return { duplicateOf: original._id, storyId: original.storyId, laterCopies: [] } satisfies Decision;
  const storyId =
    (await matchStory(store.articles, article, article.storyKeys, article.enrichment)) ?? article._id;
  return { duplicateOf: null, storyId, laterCopies: laterOf(null) } satisfies Decision;
}
