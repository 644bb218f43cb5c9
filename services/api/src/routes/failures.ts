import type { Failure, FailureModel } from '@newsflow/store';
import { Router } from 'express';
import { Types } from 'mongoose';
import { z } from 'zod';
import { parseBody, parseParams, parseQuery } from '../http/validate.ts';
import type { RouteCatalog } from '../openapi/catalog.ts';
import type { PipelineAdapters } from '../operations/pipeline-adapters.ts';
import { type ReplayOutcome, replayFailure } from '../operations/replay-failures.ts';
import { HttpProblem } from '../problem.ts';
import { afterCursor, decodeCursor, keysetPage, Page } from '../schemas/common.ts';
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

function filterOf(query: z.infer<typeof FailurePurgeQuery>): Record<string, unknown> {
  const filter: Record<string, unknown> = {};
  if (query.stage) filter.stage = query.stage;
  if (query.source) filter.source = query.source;
  if (query.reason) filter.reason = query.reason;
  if (query.status) filter.status = query.status;
  if (query.before) filter.createdAt = { $lt: query.before };
  return filter;
}

function report(results: ReplayOutcome[]): z.infer<typeof ReplayReport> {
  const count = (outcome: ReplayOutcome['outcome']) => results.filter((r) => r.outcome === outcome).length;
  return { replayed: count('replayed'), skipped: count('skipped'), errors: count('error'), results };
}

/** The failures collection for operators: list, replay (one or many), purge. All admin. */
export function failuresRouter(
  catalog: RouteCatalog,
  failures: FailureModel,
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
      const conditions: Record<string, unknown>[] = [filterOf(query)];
      if (query.cursor) {
        const cursor = decodeCursor(query.cursor);
        if (!Types.ObjectId.isValid(cursor.id))
          throw new HttpProblem(400, 'Invalid query parameter', 'cursor');
        conditions.push(
          afterCursor('createdAt', { t: cursor.t, id: new Types.ObjectId(cursor.id) as never }),
        );
      }
      const page = await failures
        .find({ $and: conditions }, { payload: 0 })
        .sort({ createdAt: -1, _id: -1 })
        .limit(query.limit + 1)
        .lean<Failure[]>();
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
      const failure = await failures.findById(id).lean<Failure>();
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
      const filter: Record<string, unknown> = { status: 'open' };
      if (request.ids) filter._id = { $in: request.ids.map((id) => new Types.ObjectId(id)) };
      if (request.stage) filter.stage = request.stage;
      if (request.source) filter.source = request.source;
      if (request.reason) filter.reason = request.reason;
      const selected = await failures
        .find(filter)
        .sort({ createdAt: 1 })
        .limit(request.limit)
        .lean<Failure[]>();
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
      const result = await failures.deleteMany(filterOf(parseQuery(FailurePurgeQuery, req)));
      res.json({ deleted: result.deletedCount });
    },
  );

  return router;
}
