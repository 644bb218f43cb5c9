import type { Failure, FailureOperations } from '@newsflow/store';
import type { FetchJob, PipelineAdapters } from './pipeline-adapters.ts';

export interface ReplayOutcome {
  id: string;
  outcome: 'replayed' | 'skipped' | 'error';
  detail?: string;
}

/**
 * Puts a failure's work back where it failed: a Kafka message onto its (prefixed) topic with its
 * original key and bytes, or, for the crawler, a fetch job onto the `fetch` queue; then marks the
 * failure `replayed`. A failure already replayed is skipped, so a double click replays once.
 */
export async function replayFailure(
  failures: FailureOperations,
  pipeline: PipelineAdapters,
  failure: Failure,
): Promise<ReplayOutcome> {
  const id = String(failure._id);
  // Claimed first: of two concurrent replays of one failure, only one publishes.
  if (!(await failures.claimForReplay(id))) return { id, outcome: 'skipped', detail: 'already replayed' };
  try {
    if (failure.stage === 'crawler') {
      const job = JSON.parse(failure.payload) as FetchJob;
      await pipeline.enqueueFetch(
        { source: job.source, url: job.url, depth: job.depth ?? 0, traceId: job.traceId },
        `replay-${id}`,
      );
    } else {
      await pipeline.publishRaw(failure.topic, [
        { key: failure.payloadRef?.key ?? null, value: failure.payload },
      ]);
    }
    return { id, outcome: 'replayed' };
  } catch (error) {
    await failures.reopen(id);
    return { id, outcome: 'error', detail: (error as Error).message };
  }
}
