import type { Store } from '@newsflow/store';
import { Router } from 'express';
import { z } from 'zod';
import { parseBody, parseQuery } from '../http/validate.ts';
import type { RouteCatalog } from '../openapi/catalog.ts';
import type { PipelineAdapters } from '../operations/pipeline-adapters.ts';
import { type PipelineStatus, pipelineStatus } from '../operations/pipeline-status.ts';
import { type ReprocessProgress, reprocessArticles } from '../operations/reprocess.ts';
import { name } from '../schemas/common.ts';

/** A status computed this recently is answered again (half the status page's refresh). */
const STATUS_REUSE_MS = 5000;

const ReprocessRequest = z
  .object({
    action: z
      .enum(['reparse', 'reenrich'])
      .describe('reparse: from the kept raw page; reenrich: the stored article'),
    source: name().optional(),
    from: z.iso
      .datetime({ offset: true })
      .optional()
      .describe('sortAt (published, else first seen) at or after'),
    to: z.iso.datetime({ offset: true }).optional(),
    extractorVersion: name(100).optional().describe('only articles extracted by this version'),
  })
  .strict();

const Progress = z.object({
  action: z.enum(['reparse', 'reenrich']),
  selected: z.number().int(),
  published: z.number().int(),
  missingRawPage: z.number().int(),
  done: z.boolean(),
});

const Status = z
  .object({
    generatedAt: z.string(),
    alerts: z
      .array(
        z
          .object({
            alert: z.string(),
            severity: z.string(),
            summary: z.string(),
            source: z.string().nullable(),
          })
          .loose(),
      )
      .describe(
        "firing alerts: Prometheus's (PROMETHEUS_URL), else NewsflowSourceSilent (from the store) and NewsflowServiceNotReady evaluated by the API",
      ),
    alertsFrom: z.enum(['prometheus', 'api']),
    articles: z.number(),
    openFailures: z.number(),
    sources: z.array(z.object({ name: z.string() }).loose()),
    throughput: z.object({}).loose(),
    kafka: z.object({ available: z.boolean() }).loose(),
    queues: z.array(z.object({ name: z.string() }).loose()),
    services: z.array(z.object({ name: z.string(), ready: z.boolean() }).loose()),
  })
  .loose();

/** Reprocessing and pipeline status: the operator's view of the running pipeline. */
export function operationsRouter(
  catalog: RouteCatalog,
  deps: {
    store: Store;
    pipeline: PipelineAdapters;
    services: { name: string; url: string }[];
    prometheusUrl?: string | undefined;
  },
): Router {
  const router = Router();
  // Operators sharing the status page (it refreshes every 10 s) share one computation: the
  // status reads several collections, which on FerretDB means several scans.
  let computing: Promise<PipelineStatus> | undefined;
  let computed: { at: number; status: PipelineStatus } | undefined;
  const status = async () => {
    if (computed && Date.now() - computed.at < STATUS_REUSE_MS) return computed.status;
    computing ??= pipelineStatus(deps)
      .then((fresh) => {
        computed = { at: Date.now(), status: fresh };
        return fresh;
      })
      .finally(() => {
        computing = undefined;
      });
    return computing;
  };

  catalog.add(
    router,
    {
      method: 'post',
      path: '/v1/reprocess',
      operationId: 'reprocess',
      summary:
        'Re-parse or re-enrich stored articles without re-fetching; with Accept: application/x-ndjson, progress lines stream as it goes',
      tag: 'operations',
      access: 'admin',
      body: ReprocessRequest,
      responses: {
        200: { description: 'The final counts (or NDJSON progress lines)', schema: Progress },
      },
    },
    async (req, res) => {
      const request = parseBody(ReprocessRequest, req);
      const selection = {
        source: request.source,
        from: request.from ? new Date(request.from) : undefined,
        to: request.to ? new Date(request.to) : undefined,
        extractorVersion: request.extractorVersion,
      };
      const deps2 = { articles: deps.store.articles, rawPages: deps.store.rawPages, pipeline: deps.pipeline };
      if (req.accepts(['application/json', 'application/x-ndjson']) === 'application/x-ndjson') {
        res.status(200).type('application/x-ndjson');
        const line = (progress: ReprocessProgress) => void res.write(`${JSON.stringify(progress)}\n`);
        try {
          await reprocessArticles(deps2, request.action, selection, line);
        } catch (error) {
          res.write(`${JSON.stringify({ error: (error as Error).message })}\n`);
        }
        res.end();
        return;
      }
      res.json(await reprocessArticles(deps2, request.action, selection, () => undefined));
    },
  );

  catalog.add(
    router,
    {
      method: 'get',
      path: '/v1/pipeline/status',
      operationId: 'pipelineStatus',
      summary: 'Consumer lag, queue counts, DLQ sizes, throughput per stage, services health, sources',
      tag: 'operations',
      access: 'admin',
      query: z.object({}).strict(),
      responses: { 200: { description: 'The status', schema: Status } },
    },
    async (req, res) => {
      parseQuery(z.object({}).strict(), req);
      res.set('cache-control', 'no-store');
      res.json(await status());
    },
  );

  return router;
}
