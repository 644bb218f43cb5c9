import { isSameStory, STORY_WINDOW_HOURS, type StorySignature, storySimilarity } from '@newsflow/enrich';
import type { Article, ArticleModel } from '@newsflow/store';

/** Most candidates a story lookup weighs; the newest within the window come first. */
const MAX_CANDIDATES = 200;

type Candidate = Pick<Article, '_id' | 'storyId' | 'source'> & { enrichment: StorySignature };

/**
 * The story an article joins: the story of the most similar article within the time window
 * that shares a candidate key (main entities, top keywords), if similar enough; else null, and
 * the article starts a story of its own. Lookups go through the indexed `storyKeys`.
 */
export async function matchStory(
  articles: ArticleModel,
  article: Pick<Article, '_id' | 'sortAt' | 'source'>,
  keys: string[],
  signature: StorySignature,
): Promise<string | null> {
  if (keys.length === 0) return null;
  const windowMs = STORY_WINDOW_HOURS * 3_600_000;
  const candidates = await articles
    .find(
      {
        storyKeys: { $in: keys },
        storyId: { $ne: null },
        _id: { $ne: article._id },
        sortAt: {
          $gte: new Date(article.sortAt.getTime() - windowMs),
          $lte: new Date(article.sortAt.getTime() + windowMs),
        },
      },
      // The whole enrichment: the signature is the enrich library's to define.
      { storyId: 1, source: 1, enrichment: 1 },
    )
    .sort({ sortAt: -1 })
    .limit(MAX_CANDIDATES)
    .lean<Candidate[]>();
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
