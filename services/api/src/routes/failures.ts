import type { Failure, FailureFilter, FailureOperations } from '@newsflow/store';
import { Router } from 'express';
import { z } from 'zod';
import { parseBody, parseParams, parseQuery } from '../http/validate.ts';
import type { RouteCatalog } from '../openapi/catalog.ts';
import type { PipelineAdapters } from '../operations/pipeline-adapters.ts';
import { type ReplayOutcome, replayFailure } from '../operations/replay-failures.ts';
import { HttpProblem } from '../problem.ts';
import { decodeCursor, keysetPage, Page } from '../schemas/common.ts';
import {
  FailureId,
  FailureListQuery,
  FailurePurgeQuery,
  FailureReplayRequest,
  FailureResource,
  ReplayReport,
} from '../schemas/failures.ts';

export function toFailureResource(failure: Failure): z.infer<typeof FailureResource> {
  return {
    id: String(failure._id),
    stage: failure.stage,
    topic: failure.topic,
    kind: failure.kind,
    reason: failure.reason,
    message: failure.message,
    attempts: failure.attempts,
    source: failure.source,
    url: failure.url,
    traceId: failure.traceId,
    status: failure.status,
    createdAt: failure.createdAt.toISOString(),
  };
}

function filterOf(query: z.infer<typeof FailurePurgeQuery>): FailureFilter {
  return {
    stage: query.stage,
    source: query.source,
    reason: query.reason,
    status: query.status,
    before: query.before,
  };
}

function report(results: ReplayOutcome[]): z.infer<typeof ReplayReport> {
  const count = (outcome: ReplayOutcome['outcome']) => results.filter((r) => r.outcome === outcome).length;
  return { replayed: count('replayed'), skipped: count('skipped'), errors: count('error'), results };
}

/** The failures collection for operators: list, replay (one or many), purge. All admin. */
export function failuresRouter(
  catalog: RouteCatalog,
  failures: FailureOperations,
  pipeline: PipelineAdapters,
): Router {
  const router = Router();

  catalog.add(
    router,
    {
      method: 'get',
      path: '/v1/failures',
      operationId: 'listFailures',
      summary: 'Failures, newest first, by stage, source, reason and status',
      tag: 'failures',
      access: 'admin',
      query: FailureListQuery,
      responses: { 200: { description: 'A page of failures', schema: Page(FailureResource) } },
    },
    async (req, res) => {
      const query = parseQuery(FailureListQuery, req);
      const cursor = query.cursor ? decodeCursor(query.cursor) : undefined;
      if (cursor && !/^[0-9a-f]{24}$/i.test(cursor.id))
        throw new HttpProblem(400, 'Invalid query parameter', 'cursor');
      const page = await failures.list(filterOf(query), {
        limit: query.limit + 1,
        after: cursor && { at: cursor.t, id: cursor.id },
      });
      const { data, nextCursor } = keysetPage(page, query.limit, (failure) => [
        failure.createdAt,
        String(failure._id),
      ]);
      res.json({ data: data.map(toFailureResource), nextCursor });
    },
  );

  catalog.add(
    router,
    {
      method: 'post',
      path: '/v1/failures/:id/replay',
      operationId: 'replayFailure',
      summary: 'Replay one failure onto its topic (or the fetch queue)',
      tag: 'failures',
      access: 'admin',
      params: FailureId,
      responses: {
        200: { description: 'The outcome', schema: ReplayReport },
        404: { description: 'Unknown failure' },
      },
    },
    async (req, res) => {
      const { id } = parseParams(FailureId, req);
      const failure = await failures.get(id);
      if (!failure) throw new HttpProblem(404, 'Not Found', 'no failure has this id');
      res.json(report([await replayFailure(failures, pipeline, failure)]));
    },
  );

  catalog.add(
    router,
    {
      method: 'post',
      path: '/v1/failures/replay',
      operationId: 'replayFailures',
      summary: 'Replay open failures: by ids, or every one matching stage/source/reason',
      tag: 'failures',
      access: 'admin',
      body: FailureReplayRequest,
      responses: { 200: { description: 'Outcome per failure', schema: ReplayReport } },
    },
    async (req, res) => {
      const request = parseBody(FailureReplayRequest, req);
      const selected = await failures.oldestOpen(
        { ids: request.ids, stage: request.stage, source: request.source, reason: request.reason },
        request.limit,
      );
      const results: ReplayOutcome[] = [];
      for (const failure of selected) results.push(await replayFailure(failures, pipeline, failure));
      res.json(report(results));
    },
  );

  catalog.add(
    router,
    {
      method: 'delete',
      path: '/v1/failures',
      operationId: 'purgeFailures',
      summary: 'Purge failures matching the filters (e.g. status=replayed)',
      tag: 'failures',
      access: 'admin',
      query: FailurePurgeQuery,
      responses: {
        200: { description: 'How many were deleted', schema: z.object({ deleted: z.number().int() }) },
      },
    },
    async (req, res) => {
      res.json({ deleted: await failures.purge(filterOf(parseQuery(FailurePurgeQuery, req))) });
    },
  );

  return router;
}
