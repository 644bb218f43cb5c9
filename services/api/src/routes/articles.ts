import type { Article, ArticleModel } from '@newsflow/store';
import { type Request, Router } from 'express';
import { z } from 'zod';
import { HttpProblem } from '../problem.ts';

/** The article as API consumers see it: storage internals (hashes, _id, sort keys) left out. */
export function toArticleResource(article: Article) {
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
    enrichment: article.enrichment,
    firstSeenAt: article.firstSeenAt.toISOString(),
    updatedAt: article.updatedAt.toISOString(),
  };
}

/** A page boundary: the (sortAt, id) of the last article served, opaque to clients. */
const Cursor = z.object({ t: z.iso.datetime(), id: z.string().min(1).max(100) });

function encodeCursor(article: Pick<Article, 'sortAt' | '_id'>): string {
  return Buffer.from(JSON.stringify({ t: article.sortAt.toISOString(), id: article._id })).toString(
    'base64url',
  );
}

function decodeCursor(text: string): z.infer<typeof Cursor> {
  try {
    return Cursor.parse(JSON.parse(Buffer.from(text, 'base64url').toString('utf8')));
  } catch {
    throw new HttpProblem(400, 'Invalid query parameter', 'cursor: not a cursor this API issued');
  }
}

/** Strict: unknown parameters, arrays (`?a=1&a=2`) and objects (`?a[$ne]=x`) are all rejected. */
function listQuery(maxLimit: number) {
  return z
    .object({
      limit: z.coerce.number().int().min(1).max(maxLimit).default(Math.min(20, maxLimit)),
      cursor: z.string().max(500).optional(),
      source: z.string().min(1).max(200).optional(),
    })
    .strict();
}

function parseQuery<T extends z.ZodType>(schema: T, req: Request): z.infer<T> {
  const result = schema.safeParse(req.query);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const name = issue.code === 'unrecognized_keys' ? issue.keys.join(', ') : issue.path.join('.');
  throw new HttpProblem(400, 'Invalid query parameter', `${name}: ${issue.message}`);
}

export function articlesRouter(articles: ArticleModel, options: { maxPageSize: number }): Router {
  const router = Router();
  const query = listQuery(options.maxPageSize);

  // Newest first by (sortAt, id): a keyset cursor stays stable while new articles arrive.
  router.get('/v1/articles', async (req, res) => {
    const { limit, cursor, source } = parseQuery(query, req);
    const filter: Record<string, unknown> = {};
    if (source) filter.source = source;
    if (cursor) {
      const after = decodeCursor(cursor);
      const t = new Date(after.t);
      filter.$or = [{ sortAt: { $lt: t } }, { sortAt: t, _id: { $lt: after.id } }];
    }
    const page = await articles
      .find(filter)
      .sort({ sortAt: -1, _id: -1 })
      .limit(limit + 1)
      .lean<Article[]>();
    const hasMore = page.length > limit;
    const data = page.slice(0, limit);
    res.json({
      data: data.map(toArticleResource),
      nextCursor: hasMore ? encodeCursor(data[data.length - 1]!) : null,
    });
  });

  router.get('/v1/articles/:id', async (req, res) => {
    const id = z
      .string()
      .regex(/^[0-9a-f]{32}$/)
      .safeParse(req.params.id);
    if (!id.success) throw new HttpProblem(404, 'Not Found', 'no article has this id');
    const article = await articles.findById(id.data).lean<Article>();
    if (!article) throw new HttpProblem(404, 'Not Found', 'no article has this id');
    res.json(toArticleResource(article));
  });

  return router;
}
