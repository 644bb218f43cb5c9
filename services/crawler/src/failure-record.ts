import { TOPICS } from '@newsflow/contracts';
import type { Worker } from '@newsflow/stage';
import type { Job } from 'bullmq';
import type { FetchJob } from './frontier.ts';

export interface FailureRecordDeps {
  worker: Pick<Worker, 'topic' | 'store'>;
}

/** One row in `failures`, with the job as its payload so an operator can replay it. */
export async function recordFailure(
  deps: FailureRecordDeps,
  job: Job<FetchJob>,
  failure: {
    kind: 'transient' | 'permanent';
    reason: string;
    message: string;
    attempts: number;
    /** The URL the failure is about, when not the job's (a host's robots.txt). */
    url?: string;
  },
  traceId: string,
  source: string,
): Promise<void> {
  const topic = deps.worker.topic(TOPICS.pagesFetched);
  await deps.worker.store.failures.record({
    stage: 'crawler',
    topic,
    kind: failure.kind,
    reason: failure.reason,
    message: failure.message.slice(0, 4000),
    attempts: failure.attempts,
    payloadRef: { topic, partition: null, offset: null, key: job.data.url, jobId: job.id ?? null },
    payload: JSON.stringify(job.data),
    traceId,
    source,
    url: failure.url ?? job.data.url,
  });
}
