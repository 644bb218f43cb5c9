import type { ArticleOperations } from '@newsflow/store';
import { ANNOUNCED_FIELDS, type AnnouncedArticle } from './announce.ts';

/**
 * Out-of-order arrival: a copy seen after its original can reach the clusterer first (the
 * original's enricher was slower, or its partition lagged) and, finding no original, become one.
 * When the original is clustered, those later-seen copies, and any copies of theirs, are moved to
 * it: `duplicateOf` the original and into its story. Returns the articles moved, as they were
 * before (their old story is refreshed by the caller and they are announced again).
 */
export async function adoptLaterCopies(
  articles: ArticleOperations,
  original: { _id: string; storyId: string },
  laterCopies: AnnouncedArticle[],
  now = new Date(),
): Promise<AnnouncedArticle[]> {
  if (laterCopies.length === 0) return [];
  const copyIds = laterCopies.map((copy) => copy._id);
  const copiesOfCopies = (await articles.copiesOf(copyIds, ANNOUNCED_FIELDS)) as AnnouncedArticle[];
  const decision = { duplicateOf: original._id, storyId: original.storyId };
  const moved: AnnouncedArticle[] = [];
  for (const copy of laterCopies)
    if (await articles.setDecision(copy._id, { duplicateOf: null }, decision, now)) moved.push(copy);
  for (const copy of copiesOfCopies)
    if (await articles.setDecision(copy._id, { duplicateOf: { in: copyIds } }, decision, now))
      moved.push(copy);
  return moved;
}
