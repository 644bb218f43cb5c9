import type { PageNotStored, PageNotStoredOperations } from '@newsflow/store';
import { Router } from 'express';
import type { z } from 'zod';
import { parseQuery } from '../http/validate.ts';
import type { RouteCatalog } from '../openapi/catalog.ts';
import { HttpProblem } from '../problem.ts';
import { decodeCursor, keysetPage, Page } from '../schemas/common.ts';
import {
  NotStoredReasons,
  NotStoredReasonsQuery,
  PageNotStoredListQuery,
  PageNotStoredResource,
} from '../schemas/pages-not-stored.ts';

const DAY_MS = 86_400_000;

export function toPageNotStoredResource(page: PageNotStored): z.infer<typeof PageNotStoredResource> {
  return {
    id: page._id,
    url: page.url,
    source: page.source,
    pageType: page.pageType,
    reason: page.reason,
    detail: page.detail,
    crawlContext: page.crawlContext,
    extractorVersion: page.extractorVersion,
    traceId: page.traceId,
    count: page.count,
    firstSeenAt: page.firstSeenAt.toISOString(),
    lastSeenAt: page.lastSeenAt.toISOString(),
    expiresAt: page.expiresAt.toISOString(),
  };
}

/** Pages the parser did not store as articles, for operators (issue 13): list, counts by reason. Admin. */
export function pagesNotStoredRouter(catalog: RouteCatalog, pages: PageNotStoredOperations): Router {
  const router = Router();

  catalog.add(
    router,
    {
      method: 'get',
      path: '/v1/pages-not-stored',
      operationId: 'listPagesNotStored',
      summary: 'Pages the parser did not store as articles, last seen first, by source and reason',
      tag: 'pages-not-stored',
      access: 'admin',
      query: PageNotStoredListQuery,
      responses: { 200: { description: 'A page of pages not stored', schema: Page(PageNotStoredResource) } },
    },
    async (req, res) => {
      const query = parseQuery(PageNotStoredListQuery, req);
      const cursor = query.cursor ? decodeCursor(query.cursor) : undefined;
      if (cursor && !/^[0-9a-f]{32}$/.test(cursor.id))
        throw new HttpProblem(400, 'Invalid query parameter', 'cursor: not a cursor this API issued');
      const rows = await pages.list(
        { source: query.source, reason: query.reason },
        { limit: query.limit + 1, after: cursor && { at: cursor.t, id: cursor.id } },
      );
      const { data, nextCursor } = keysetPage(rows, query.limit, (row) => [row.lastSeenAt, row._id]);
      res.json({ data: data.map(toPageNotStoredResource), nextCursor });
    },
  );

  catalog.add(
    router,
    {
      method: 'get',
      path: '/v1/pages-not-stored/reasons',
      operationId: 'countPagesNotStoredByReason',
      summary: 'Pages not stored per reason (pages and sightings) last seen since a moment',
      tag: 'pages-not-stored',
      access: 'admin',
      query: NotStoredReasonsQuery,
      responses: { 200: { description: 'Counts per reason, most pages first', schema: NotStoredReasons } },
    },
    async (req, res) => {
      const query = parseQuery(NotStoredReasonsQuery, req);
      const since = query.since ?? new Date(Date.now() - DAY_MS);
      const data = await pages.countByReason({ source: query.source, since });
      res.json({ since: since.toISOString(), data });
    },
  );

  return router;
}
