import type { Enrichment } from '@newsflow/enrich';
import type { Article, ArticleOperations } from '@newsflow/store';
import { earliestOf, findNearCopies, seenBefore } from './find-original.ts';
import { ANNOUNCED_FIELDS, type AnnouncedArticle } from './reannounce.ts';

/**
 * Enrichment order is not the order articles were first seen: partitions run at their own pace
 * and several enrichers work at once, so an article and its near-copy can be enriched in either
 * order, or at the same moment, each finding no original before it saved. Once an article's
 * enrichment is saved, the pair is settled from whichever side looks last:
 * - an earlier-seen copy saved meanwhile is this article's original (returned; the caller marks it);
 * - later-seen copies that found no original become duplicates of this article and move to its
 *   story, with any copies of theirs (returned as `adopted`, as they were, to announce them again).
 */
export async function settleDuplicates(
  articles: ArticleOperations,
  article: Pick<Article, '_id' | 'firstSeenAt'> & { storyId: string },
  fingerprint: Enrichment['fingerprint'],
  now = new Date(),
): Promise<{ original: AnnouncedArticle | null; adopted: AnnouncedArticle[] }> {
  const copies = await findNearCopies<AnnouncedArticle>(articles, article, fingerprint, ANNOUNCED_FIELDS);
  const original = earliestOf(copies.filter((copy) => seenBefore(copy, article)));
  if (original) return { original, adopted: [] };
  if (copies.length === 0) return { original: null, adopted: [] };
  const copyIds = copies.map((copy) => copy._id);
  const copiesOfCopies = (await articles.copiesOf(copyIds, ANNOUNCED_FIELDS)) as AnnouncedArticle[];
  const adopted: AnnouncedArticle[] = [];
  for (const copy of [...copies, ...copiesOfCopies]) {
    // Only a copy still undecided (or still pointing at a copy adopted here) is moved: another
    // enricher may have settled it meanwhile.
    const moved = await articles.setDecision(
      copy._id,
      { duplicateOf: copies.includes(copy) ? null : { in: copyIds } },
      { duplicateOf: article._id, storyId: article.storyId },
      now,
    );
    if (moved) adopted.push(copy);
  }
  return { original: null, adopted };
}
