import type { Article, ArticleModel } from '@newsflow/store';
import { Router } from 'express';
import { z } from 'zod';
import { parseQuery } from '../http/validate.ts';
import type { RouteCatalog } from '../openapi/catalog.ts';
import { type ArticleResource, ArticleStreamQuery, articleConditions } from '../schemas/articles.ts';
import { type Cursor, decodeCursor, encodeCursor } from '../schemas/common.ts';
import { toArticleResource } from './articles.ts';

/**
 * Writes become visible to queries a little after the `updatedAt` they carry (the enricher sets
 * it before the write lands). Only articles older than this are sent, so the cursor never moves
 * past an article that is about to appear. 1 s is far above the write latency measured in the
 * integration test (a few ms on FerretDB); raise it if a slow store is seen to skip events.
 */
const SETTLE_MS = 1000;
/** Articles sent per poll at most; a backlog (after a resume) drains over successive polls. */
const BATCH = 100;

/**
 * `GET /v1/stream`: newly enriched articles as Server-Sent Events. Each API connection polls the
 * store by (updatedAt, _id), the event id is that position, so `Last-Event-ID` resumes exactly
 * after the last event a client saw (reconnecting EventSources send it themselves). Polling was
 * chosen over a Kafka consumer because the position lives in the store: resume works across API
 * processes and restarts, with the same filters as `GET /v1/articles`.
 */
export function streamRouter(
  catalog: RouteCatalog,
  articles: ArticleModel,
  options: { pollMs: number; heartbeatMs: number },
): Router {
  const router = Router();
  catalog.add(
    router,
    {
      method: 'get',
      path: '/v1/stream',
      operationId: 'streamArticles',
      summary: 'Newly enriched articles as Server-Sent Events (resume with Last-Event-ID)',
      tag: 'articles',
      access: 'reader',
      query: ArticleStreamQuery,
      responses: {
        200: {
          description: 'An event stream: `event: article`, `data:` the article, `id:` the resume position',
          contentType: 'text/event-stream',
          schema: z.string(),
        },
      },
    },
    async (req, res) => {
      const query = parseQuery(ArticleStreamQuery, req);
      const conditions = articleConditions(query);
      const lastEventId = req.get('last-event-id');
      let cursor: Cursor = lastEventId
        ? decodeCursor(lastEventId, 'Last-Event-ID')
        : { t: new Date(Date.now() - SETTLE_MS), id: '' };

      res.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache, no-transform',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
      });
      res.write(`retry: 3000\n: connected\n\n`);
      let closed = false;
      let timer: NodeJS.Timeout | undefined;
      const heartbeat = setInterval(
        () => res.write(`: heartbeat ${new Date().toISOString()}\n\n`),
        options.heartbeatMs,
      );
      req.on('close', () => {
        closed = true;
        clearInterval(heartbeat);
        clearTimeout(timer);
      });

      const poll = async () => {
        const settled = new Date(Date.now() - SETTLE_MS);
        const batch = await articles
          .find(
            {
              $and: [
                ...conditions,
                { status: 'enriched' },
                { updatedAt: { $lte: settled } },
                { $or: [{ updatedAt: { $gt: cursor.t } }, { updatedAt: cursor.t, _id: { $gt: cursor.id } }] },
              ],
            },
            { bodyHtml: 0, searchTerms: 0 },
          )
          .sort({ updatedAt: 1, _id: 1 })
          .limit(BATCH)
          .lean<Article[]>();
        for (const article of batch) {
          if (closed) return;
          cursor = { t: article.updatedAt, id: article._id };
          const data = JSON.stringify(toArticleResource(article) satisfies z.infer<typeof ArticleResource>);
          res.write(`id: ${encodeCursor(cursor.t, cursor.id)}\nevent: article\ndata: ${data}\n\n`);
        }
        return batch.length;
      };
      const loop = async () => {
        if (closed) return;
        let sent = 0;
        try {
          sent = (await poll()) ?? 0;
        } catch (error) {
          res.write(`event: error\ndata: ${JSON.stringify({ detail: (error as Error).message })}\n\n`);
        }
        if (!closed) timer = setTimeout(() => void loop(), sent === BATCH ? 0 : options.pollMs);
      };
      await loop();
    },
  );
  return router;
}
