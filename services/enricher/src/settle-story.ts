import type { StorySignature } from '@newsflow/enrich';
import type { Article, ArticleOperations } from '@newsflow/store';
import { seenBefore } from './find-original.ts';
import { matchStory } from './match-story.ts';
import { ANNOUNCED_FIELDS, type AnnouncedArticle } from './reannounce.ts';

/**
 * Two reports of one event enriched at the same moment (two enrichers) each find no story, as
 * neither is saved when the other looks, and each starts one. Once saved, an article that started
 * its own story looks again. If it now matches another story, the younger of the two (founded by
 * the article seen later) moves into the older, when it is that one article only: established
 * stories are never merged. Whichever enricher looks last makes the move; both would make the same.
 * Returns this article's story, and the other article if it was the one moved (to announce again).
 */
export async function settleStory(
  articles: ArticleOperations,
  article: Pick<Article, '_id' | 'firstSeenAt' | 'sortAt' | 'source'>,
  keys: string[],
  signature: StorySignature,
  now = new Date(),
): Promise<{ storyId: string; moved: AnnouncedArticle | null }> {
  const own = { storyId: article._id, moved: null };
  const other = await matchStory(articles, article, keys, signature);
  if (!other || other === article._id) return own;
  // A story's id is the id of the article that founded it.
  const founder = await articles.getFields(other, ['firstSeenAt']);
  const ownIsOlder = founder !== null && seenBefore(article, founder);
  const [younger, older] = ownIsOlder ? [other, article._id] : [article._id, other];
  const members = (await articles.storyMembers(younger, ANNOUNCED_FIELDS, {
    limit: 2,
  })) as AnnouncedArticle[];
  if (members.length !== 1) return own;
  const moved = await articles.setDecision(members[0]!._id, { storyId: younger }, { storyId: older }, now);
  if (!moved) return own;
  return ownIsOlder ? { storyId: older, moved: members[0]! } : { storyId: older, moved: null };
}
