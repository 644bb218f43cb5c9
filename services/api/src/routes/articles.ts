import type { Article, ArticleField, ArticleOperations } from '@newsflow/store';
import { Router } from 'express';
import { z } from 'zod';
import { parseParams, parseQuery } from '../http/validate.ts';
import type { RouteCatalog } from '../openapi/catalog.ts';
import { HttpProblem } from '../problem.ts';
import { ArticleResource, articleFilter, articleListQuery } from '../schemas/articles.ts';
import { articleId, decodeCursor, keysetPage, Page } from '../schemas/common.ts';

type StoredArticle = Article & { storyId?: string | null };

/** The stored article as API consumers see it: hashes, bodyHtml and sort keys left out. */
export function toArticleResource(article: StoredArticle): ArticleResource {
  return {
    id: article._id,
    url: article.url,
    canonicalUrl: article.canonicalUrl,
    source: article.source,
    title: article.title,
    subtitle: article.subtitle,
    authors: article.authors,
    section: article.section,
    tags: article.tags,
    publishedAt: article.publishedAt?.toISOString() ?? null,
    modifiedAt: article.modifiedAt?.toISOString() ?? null,
    language: article.language,
    body: article.body,
    leadImage: article.leadImage,
    related: article.related,
    status: article.status,
    storyId: article.storyId ?? null,
    enrichment: article.enrichment as ArticleResource['enrichment'],
    firstSeenAt: article.firstSeenAt?.toISOString(),
    updatedAt: article.updatedAt?.toISOString(),
  };
}

/** Only the chosen fields; the store projection already left the others unread. */
function pick(resource: ArticleResource, fields: readonly (keyof ArticleResource)[] | undefined) {
  if (!fields) return resource;
  return Object.fromEntries(fields.map((field) => [field, resource[field]]));
}

/** The stored fields a resource subset needs (`id` is `_id`; the store adds sortAt for the cursor). */
function storedFields(fields: readonly (keyof ArticleResource)[] | undefined): ArticleField[] | undefined {
  return fields?.filter((field) => field !== 'id') as ArticleField[] | undefined;
}

const ArticleParams = z.object({ id: articleId }).strict();

export function articlesRouter(
  catalog: RouteCatalog,
  articles: ArticleOperations,
  options: { maxPageSize: number },
): Router {
  const router = Router();
  const listQuery = articleListQuery(options.maxPageSize);

  // Newest first by (sortAt, id): a keyset cursor stays stable while new articles arrive.
  catalog.add(
    router,
    {
      method: 'get',
      path: '/v1/articles',
      operationId: 'listArticles',
      summary: 'Articles, newest first, filtered, with cursor pagination',
      tag: 'articles',
      access: 'reader',
      query: listQuery,
      responses: { 200: { description: 'A page of articles', schema: Page(ArticleResource.partial()) } },
    },
    async (req, res) => {
      const query = parseQuery(listQuery, req);
      const cursor = query.cursor ? decodeCursor(query.cursor) : undefined;
      const page: StoredArticle[] = await articles.list(articleFilter(query), {
        limit: query.limit + 1,
        after: cursor && { at: cursor.t, id: cursor.id },
        fields: storedFields(query.fields),
      });
      const { data, nextCursor } = keysetPage(page, query.limit, (article) => [article.sortAt, article._id]);
      res.json({ data: data.map((article) => pick(toArticleResource(article), query.fields)), nextCursor });
    },
  );

  // Express adds a weak ETag to every JSON answer and turns a matching If-None-Match into a 304.
  catalog.add(
    router,
    {
      method: 'get',
      path: '/v1/articles/:id',
      operationId: 'getArticle',
      summary: 'One article (ETag, conditional GET)',
      tag: 'articles',
      access: 'reader',
      params: ArticleParams,
      responses: {
        200: { description: 'The article', schema: ArticleResource },
        304: { description: 'Not modified since the ETag given in If-None-Match' },
        404: { description: 'No article has this id' },
      },
    },
    async (req, res) => {
      const { id } = parseParams(ArticleParams, req);
      const article: StoredArticle | null = await articles.get(id);
      if (!article) throw new HttpProblem(404, 'Not Found', 'no article has this id');
      res.set('cache-control', 'no-cache');
      res.json(toArticleResource(article));
    },
  );

  return router;
}
