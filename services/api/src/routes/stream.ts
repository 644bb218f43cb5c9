import type { Logger } from '@newsflow/observability';
import type { ArticleOperations } from '@newsflow/store';
import { Router } from 'express';
import { z } from 'zod';
import { parseQuery } from '../http/validate.ts';
import type { RouteCatalog } from '../openapi/catalog.ts';
import { ArticleStreamQuery } from '../schemas/articles.ts';
import { type Cursor, decodeCursor, encodeCursor } from '../schemas/common.ts';
import { articleMatcher } from '../stream/article-match.ts';
import { EnrichedFeed, positionOf, type StoredArticle } from '../stream/enriched-feed.ts';
import { toArticleResource } from './articles.ts';

/** Articles read per catch-up query after a resume. */
const CATCH_UP_BATCH = 200;

const isAfter = (a: Cursor, b: Cursor) => a.t > b.t || (a.t.getTime() === b.t.getTime() && a.id > b.id);

/**
 * `GET /v1/stream`: newly enriched articles as Server-Sent Events. The event id is the article's
 * (updatedAt, _id) position, so `Last-Event-ID` (a reconnecting EventSource sends it) resumes
 * exactly after the last event seen, across API restarts and processes. Live articles come from
 * one shared store poller per process (EnrichedFeed); a resuming client first catches up from
 * its position with its own queries. The store was chosen over a Kafka consumer group because the
 * resume position then lives with the data and needs no broker-side state per client.
 */
export function streamRouter(
  catalog: RouteCatalog,
  articles: ArticleOperations,
  options: { pollMs: number; heartbeatMs: number; logger: Logger },
): Router {
  const router = Router();
  const feed = new EnrichedFeed(articles, {
    pollMs: options.pollMs,
    onError: (error) => options.logger.warn({ err: error }, 'live feed poll failed'),
  });
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
      const matches = articleMatcher(query);
      const lastEventId = req.get('last-event-id');
      const resumeFrom = lastEventId ? decodeCursor(lastEventId, 'Last-Event-ID') : null;

      res.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache, no-transform',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
      });
      res.write('retry: 3000\n: connected\n\n');

      let live = false;
      let pending: StoredArticle[] = [];
      const send = (article: StoredArticle) => {
        const position = positionOf(article);
        if (!isAfter(position, cursor) || !matches(article)) return;
        cursor = position;
        const data = JSON.stringify(toArticleResource(article));
        res.write(`id: ${encodeCursor(position.t, position.id)}\nevent: article\ndata: ${data}\n\n`);
      };
      // Subscribed first, so nothing the feed reads from now on is missed while catching up.
      const unsubscribe = feed.subscribe({
        deliver: (article) => (live ? send(article) : pending.push(article)),
      });
      const caughtUpTo = feed.position;
      let cursor: Cursor = resumeFrom ?? caughtUpTo;
      let closed = false;
      const heartbeat = setInterval(
        () => res.write(`: heartbeat ${new Date().toISOString()}\n\n`),
        options.heartbeatMs,
      );
      req.on('close', () => {
        closed = true;
        clearInterval(heartbeat);
        unsubscribe();
      });

      try {
        while (!closed && isAfter(caughtUpTo, cursor)) {
          // Every enriched article in the range; the matcher picks this client's.
          const batch: StoredArticle[] = await articles.enrichedBetween(
            { at: cursor.t, id: cursor.id },
            { at: caughtUpTo.t, id: caughtUpTo.id },
            CATCH_UP_BATCH,
          );
          for (const article of batch) send(article);
          // Past the batch even if the matcher skipped some of it: the loop always moves on.
          const last = batch.at(-1);
          if (last && isAfter(positionOf(last), cursor)) cursor = positionOf(last);
          if (batch.length < CATCH_UP_BATCH) break;
        }
      } catch (error) {
        res.write(`event: error\ndata: ${JSON.stringify({ detail: (error as Error).message })}\n\n`);
      }
      live = true;
      for (const article of pending) send(article);
      pending = [];
    },
  );
  return router;
}
