import { Router } from 'express';
import { z } from 'zod';
import { parseQuery } from '../http/validate.ts';
import type { RouteCatalog } from '../openapi/catalog.ts';
import { HttpProblem } from '../problem.ts';
import { ArticleStreamQuery } from '../schemas/articles.ts';
import { articleMatcher } from '../stream/article-match.ts';
import { catchUp } from '../stream/catch-up.ts';
import type { EnrichedFeed, EnrichedLog, FeedArticle } from '../stream/enriched-feed.ts';
import { decodePosition, encodePosition, isAtOrAfter, type LogPosition } from '../stream/log-position.ts';
import { toArticleResource } from './articles.ts';

/**
 * `GET /v1/stream`: newly enriched articles as Server-Sent Events, read from Kafka
 * (`articles.enriched.v1`), not polled from the store. The event id is the client's position in
 * that log (next offset per partition), so `Last-Event-ID` (a reconnecting EventSource sends it)
 * resumes exactly after the last event seen, across API restarts and processes, for as long as
 * the topic retains the messages. Live events come from one shared reader per process
 * (EnrichedFeed); a resuming client first reads its own gap from the log (catchUp). Heartbeats
 * carry the position too, so a client whose filters matched nothing lately resumes near the end.
 */
export function streamRouter(
  catalog: RouteCatalog,
  feed: EnrichedFeed,
  log: EnrichedLog,
  options: { heartbeatMs: number },
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
      const matches = articleMatcher(query);
      const lastEventId = req.get('last-event-id');
      const resumeFrom = lastEventId ? decodePosition(lastEventId) : null;

      let closed = false;
      let live = false;
      let pending: FeedArticle[] = [];
      let cursor: LogPosition = new Map();
      const send = ({ article, partition, offset }: FeedArticle) => {
        if (closed || !isAtOrAfter(cursor, partition, offset)) return;
        cursor.set(partition, offset + 1);
        if (!matches(article)) return;
        const data = JSON.stringify(toArticleResource(article));
        res.write(`id: ${encodePosition(cursor)}\nevent: article\ndata: ${data}\n\n`);
      };
      // Subscribed first, so nothing the feed reads from now on is missed while catching up.
      const subscription = await feed
        .subscribe({ deliver: (item) => (live ? send(item) : pending.push(item)) })
        .catch((error: Error) => {
          log.logger.warn({ err: error }, 'live stream: the log cannot be read');
          throw new HttpProblem(
            503,
            'Service Unavailable',
            `the live stream cannot read Kafka: ${error.message}`,
            { 'retry-after': '10' },
          );
        });
      const liveFrom = subscription.position;
      cursor = new Map(liveFrom);
      for (const [partition, offset] of resumeFrom ?? [])
        if (liveFrom.has(partition)) cursor.set(partition, offset);

      res.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache, no-transform',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
      });
      res.write('retry: 3000\n: connected\n\n');
      const heartbeat = setInterval(
        () => res.write(`: heartbeat ${new Date().toISOString()}\nid: ${encodePosition(cursor)}\n\n`),
        options.heartbeatMs,
      );
      req.on('close', () => {
        closed = true;
        clearInterval(heartbeat);
        subscription.unsubscribe();
      });

      if (resumeFrom) {
        try {
          await catchUp(log, { from: new Map(cursor), to: liveFrom }, send, () => closed);
        } catch (error) {
          res.write(`event: error\ndata: ${JSON.stringify({ detail: (error as Error).message })}\n\n`);
        }
      }
      live = true;
      for (const item of pending) send(item);
      pending = [];
    },
  );
  return router;
}
