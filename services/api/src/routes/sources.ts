import { DEFAULT_REVISIT_AFTER_MINUTES, newTraceId, SourceConfig } from '@newsflow/contracts';
import type { Source, SourceOperations, SourceSettings } from '@newsflow/store';
import { Router } from 'express';
import { z } from 'zod';
import { parseBody, parseParams, parseQuery } from '../http/validate.ts';
import type { RouteCatalog } from '../openapi/catalog.ts';
import type { PipelineAdapters } from '../operations/pipeline-adapters.ts';
import { HttpProblem } from '../problem.ts';
import {
  CrawlQueued,
  SourceAdmin,
  SourceCreate,
  SourceParams,
  SourcePublic,
  SourceUpdate,
} from '../schemas/sources.ts';

const NoQuery = z.object({}).strict();

function toPublic(source: Source): z.infer<typeof SourcePublic> {
  return {
    name: source._id,
    startUrls: source.startUrls,
    language: source.language,
    timezone: source.timezone,
    enabled: source.enabled,
    lastCrawlAt: source.lastCrawlAt?.toISOString() ?? null,
    lastNewArticleAt: source.lastNewArticleAt?.toISOString() ?? null,
  };
}

/** Everything an operator configured (whatever fields the source schema has), plus crawl times. */
function toAdmin(source: Source): z.infer<typeof SourceAdmin> {
  const { _id, lastCrawlAt: _crawl, lastNewArticleAt: _new, ...config } = source;
  return {
    ...config,
    // Sources stored before revisits existed get the default, as the crawler applies it.
    revisitAfterMinutes: source.revisitAfterMinutes ?? [...DEFAULT_REVISIT_AFTER_MINUTES],
    ...toPublic(source),
  } as z.infer<typeof SourceAdmin>;
}

function invalid(error: z.ZodError): HttpProblem {
  const issue = error.issues[0]!;
  return new HttpProblem(
    400,
    'Invalid request body',
    `${issue.path.join('.') || 'source'}: ${issue.message}`,
  );
}

/** Sources: a public list for readers; create, update (disable), delete and crawl-now for admins. */
export function sourcesRouter(
  catalog: RouteCatalog,
  sources: SourceOperations,
  pipeline: PipelineAdapters,
): Router {
  const router = Router();
  const find = async (name: string) => {
    const source = await sources.get(name);
    if (!source) throw new HttpProblem(404, 'Not Found', `no source named ${name}`);
    return source;
  };

  catalog.add(
    router,
    {
      method: 'get',
      path: '/v1/sources',
      operationId: 'listSources',
      summary: 'Sources (public view)',
      tag: 'sources',
      access: 'reader',
      query: NoQuery,
      responses: { 200: { description: 'Every source', schema: z.object({ data: z.array(SourcePublic) }) } },
    },
    async (req, res) => {
      parseQuery(NoQuery, req);
      const all = await sources.all();
      res.json({ data: all.map(toPublic) });
    },
  );

  catalog.add(
    router,
    {
      method: 'get',
      path: '/v1/sources/:name',
      operationId: 'getSource',
      summary: 'One source, with its crawl settings',
      tag: 'sources',
      access: 'admin',
      params: SourceParams,
      responses: {
        200: { description: 'The source', schema: SourceAdmin },
        404: { description: 'Unknown source' },
      },
    },
    async (req, res) => {
      res.json(toAdmin(await find(parseParams(SourceParams, req).name)));
    },
  );

  catalog.add(
    router,
    {
      method: 'post',
      path: '/v1/sources',
      operationId: 'createSource',
      summary: 'Add a source',
      tag: 'sources',
      access: 'admin',
      body: SourceCreate,
      responses: {
        201: { description: 'Created', schema: SourceAdmin },
        409: { description: 'A source with this name exists' },
      },
    },
    async (req, res) => {
      const config = parseBody(SourceCreate, req);
      const created = await sources.create(config as SourceSettings);
      if (!created) throw new HttpProblem(409, 'Conflict', `a source named ${config.name} exists`);
      res.status(201).location(`/v1/sources/${config.name}`).json(toAdmin(created));
    },
  );

  catalog.add(
    router,
    {
      method: 'patch',
      path: '/v1/sources/:name',
      operationId: 'updateSource',
      summary: 'Change a source (e.g. {"enabled": false} to disable it)',
      tag: 'sources',
      access: 'admin',
      params: SourceParams,
      body: SourceUpdate,
      responses: {
        200: { description: 'Updated', schema: SourceAdmin },
        404: { description: 'Unknown source' },
      },
    },
    async (req, res) => {
      const { name } = parseParams(SourceParams, req);
      const update = parseBody(SourceUpdate, req);
      const { _id, lastCrawlAt: _c, lastNewArticleAt: _n, ...current } = await find(name);
      const merged = SourceConfig.safeParse({ ...current, ...update, name });
      if (!merged.success) throw invalid(merged.error);
      const { name: _name, ...fields } = merged.data;
      const saved = await sources.update(name, fields as Partial<SourceSettings>);
      if (!saved) throw new HttpProblem(404, 'Not Found', `no source named ${name}`);
      res.json(toAdmin(saved));
    },
  );

  catalog.add(
    router,
    {
      method: 'delete',
      path: '/v1/sources/:name',
      operationId: 'deleteSource',
      summary: 'Delete a source (its articles stay)',
      tag: 'sources',
      access: 'admin',
      params: SourceParams,
      responses: { 204: { description: 'Deleted' }, 404: { description: 'Unknown source' } },
    },
    async (req, res) => {
      const { name } = parseParams(SourceParams, req);
      if (!(await sources.remove(name))) throw new HttpProblem(404, 'Not Found', `no source named ${name}`);
      res.status(204).end();
    },
  );

  catalog.add(
    router,
    {
      method: 'post',
      path: '/v1/sources/:name/crawl',
      operationId: 'crawlSource',
      summary: "Crawl a source now: queue its start URLs on the crawler's fetch queue",
      tag: 'sources',
      access: 'admin',
      params: SourceParams,
      responses: {
        202: { description: 'Queued', schema: CrawlQueued },
        404: { description: 'Unknown source' },
        409: { description: 'The source is disabled' },
      },
    },
    async (req, res) => {
      const source = await find(parseParams(SourceParams, req).name);
      if (!source.enabled) throw new HttpProblem(409, 'Conflict', `source ${source._id} is disabled`);
      // A job id per request: BullMQ would drop a second job with the id of a queued one.
      const at = Date.now();
      for (const [index, url] of source.startUrls.entries()) {
        await pipeline.enqueueFetch(
          { source: source._id, url, depth: 0, traceId: newTraceId() },
          `manual-${source._id}-${at}-${index}`,
        );
      }
      res.status(202).json({ source: source._id, queued: source.startUrls.length });
    },
  );

  return router;
}
