import { z } from 'zod';
import { cursorParam, instant, limitParam, name } from './common.ts';

export const FailureResource = z.object({
  id: z.string(),
  stage: z.string(),
  topic: z.string(),
  kind: z.enum(['transient', 'permanent']),
  reason: z.string(),
  message: z.string(),
  attempts: z.number().int(),
  source: z.string().nullable(),
  url: z.string().nullable(),
  traceId: z.string().nullable(),
  status: z.enum(['open', 'replayed']),
  createdAt: z.string(),
});

/** Which failures an operation concerns; every field a plain value. */
export const failureFilters = {
  stage: name(100).optional(),
  source: name().optional(),
  reason: name().optional(),
  status: z.enum(['open', 'replayed']).optional(),
  before: instant.optional().describe('created before this instant'),
};

export const FailureListQuery = z
  .object({ ...failureFilters, limit: limitParam(500, 50), cursor: cursorParam })
  .strict();

export const FailurePurgeQuery = z.object(failureFilters).strict();

export const FailureId = z.object({ id: z.string().regex(/^[0-9a-f]{24}$/) }).strict();

/** Replay by ids, or every open failure matching the filters (at most `limit`). */
export const FailureReplayRequest = z
  .object({
    ids: z
      .array(z.string().regex(/^[0-9a-f]{24}$/))
      .min(1)
      .max(1000)
      .optional(),
    stage: name(100).optional(),
    source: name().optional(),
    reason: name().optional(),
    limit: z.number().int().min(1).max(10_000).default(1000),
  })
  .strict();

export const ReplayOutcome = z.object({
  id: z.string(),
  outcome: z.enum(['replayed', 'skipped', 'error']),
  detail: z.string().optional(),
});

export const ReplayReport = z.object({
  replayed: z.number().int(),
  skipped: z.number().int(),
  errors: z.number().int(),
  results: z.array(ReplayOutcome),
});
