import { type ArticleEnriched, ArticleEnrichedV1 } from '@newsflow/contracts';
import type { Article } from '@newsflow/store';

/** The stored fields an `articles.enriched` event of an already enriched article is built from. */
export const ANNOUNCED_FIELDS = [
  'source',
  'url',
  'title',
  'language',
  'publishedAt',
  'traceId',
  'storyId',
  'firstSeenAt',
  'enrichment.language',
] as const;

export type AnnouncedArticle = Pick<
  Article,
  '_id' | 'source' | 'url' | 'title' | 'language' | 'publishedAt' | 'traceId' | 'firstSeenAt' | 'storyId'
> & { enrichment?: { language?: { code?: string | null } } | null };

/** The `articles.enriched` event of a clustered article, from its stored fields and its decision. */
export function enrichedEvent(
  article: AnnouncedArticle,
  decision: { storyId: string; duplicateOf: string | null },
  enrichedAt: string,
): ArticleEnriched {
  return ArticleEnrichedV1.parse({
    schemaVersion: 1,
    traceId: article.traceId,
    articleId: article._id,
    source: article.source,
    url: article.url,
    title: article.title,
    language: article.enrichment?.language?.code ?? article.language,
    publishedAt: article.publishedAt?.toISOString() ?? null,
    ...decision,
    enrichedAt,
  });
}
