import { isSameStory, STORY_WINDOW_HOURS, type StorySignature, storySimilarity } from '@newsflow/enrich';
import type { Article, ArticleOperations } from '@newsflow/store';

/** Most candidates a story lookup weighs; the newest within the window come first. */
const MAX_CANDIDATES = 200;

type Candidate = Pick<Article, '_id' | 'storyId' | 'source'> & { enrichment: StorySignature };

/**
 * The story an article joins: the story of the most similar article within the time window
 * that shares a candidate key (main entities, top keywords), if similar enough; else null, and
 * the article starts a story of its own. Lookups go through the indexed `storyKeys`.
 */
export async function matchStory(
  articles: ArticleOperations,
  article: Pick<Article, '_id' | 'sortAt' | 'source'>,
  keys: string[],
  signature: StorySignature,
): Promise<string | null> {
  if (keys.length === 0) return null;
  const windowMs = STORY_WINDOW_HOURS * 3_600_000;
  const candidates = (await articles.storyCandidates(
    keys,
    {
      from: new Date(article.sortAt.getTime() - windowMs),
      to: new Date(article.sortAt.getTime() + windowMs),
    },
    article._id,
    MAX_CANDIDATES,
  )) as Candidate[];
  let best: { storyId: string; score: number } | null = null;
  for (const candidate of candidates) {
    if (!candidate.enrichment?.entities || !candidate.storyId) continue;
    // One site's unrelated articles share its boilerplate names: the library asks more of them.
    if (!isSameStory(signature, candidate.enrichment, { sameSource: candidate.source === article.source }))
      continue;
    const score = storySimilarity(signature, candidate.enrichment);
    if (!best || score > best.score) best = { storyId: candidate.storyId, score };
  }
  return best?.storyId ?? null;
}
