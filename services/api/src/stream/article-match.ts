import { termsOf } from '@newsflow/store';
import type { ArticleFilterInput } from '../schemas/articles.ts';

/** The fields of a stored article the stream's filters read. */
export interface MatchableArticle {
  source: string;
  section: string | null;
  language: string | null;
  authors: string[];
  publishedAt: Date | null;
  storyId?: string | null;
  searchTerms?: string[];
  title: string;
  body: string;
  enrichment: Record<string, unknown> | null;
}

/**
 * The same filters as `articleConditions`, evaluated on an article in memory: the shared live
 * feed reads each new article once and hands it to every connection whose filters it matches.
 */
export function articleMatcher(query: ArticleFilterInput): (article: MatchableArticle) => boolean {
  const terms = query.q ? [...new Set(termsOf(query.q))] : [];
  return (article) => {
    if (query.source && article.source !== query.source) return false;
    if (query.section && article.section !== query.section) return false;
    if (query.language && article.language !== query.language) return false;
    if (query.author && !article.authors.includes(query.author)) return false;
    if (query.story && article.storyId !== query.story) return false;
    if (query.from || query.to) {
      if (!article.publishedAt) return false;
      if (query.from && article.publishedAt < query.from) return false;
      if (query.to && article.publishedAt >= query.to) return false;
    }
    if (query.entity) {
      const entities = (article.enrichment?.entities ?? []) as { key?: string; name?: string }[];
      if (!entities.some((entity) => entity.key === query.entity || entity.name === query.entity))
        return false;
    }
    if (terms.length > 0) {
      const have = new Set(article.searchTerms ?? termsOf(`${article.title}\n${article.body}`));
      if (!terms.every((term) => have.has(term))) return false;
    }
    return true;
  };
}
