import { consumerGroupId } from '@newsflow/stage';
import type { NextFunction, Request, Response } from 'express';
import { Counter, Gauge, Histogram, type Registry } from 'prom-client';
import type { PipelineAdapters } from '../operations/pipeline-adapters.ts';
import { CONSUMER_GROUPS } from '../operations/pipeline-status.ts';

/**
 * Request metrics by route template (never the raw path: ids would explode the label set),
 * method and status; latency as a histogram.
 */
export function requestMetrics(registry: Registry) {
  const requests = new Counter({
    name: 'newsflow_api_requests_total',
    help: 'API requests by route, method and status.',
    labelNames: ['route', 'method', 'status'] as const,
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'newsflow_api_request_duration_seconds',
    help: 'API request latency, until the response is written (streams: until they close).',
    labelNames: ['route', 'method'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  return (req: Request, res: Response, next: NextFunction) => {
    const end = duration.startTimer();
    res.on('finish', () => {
      const route = req.route?.path ? String(req.route.path) : 'unmatched';
      end({ route, method: req.method });
      requests.inc({ route, method: req.method, status: String(res.statusCode) });
    });
    next();
  };
}

/**
 * The pipeline's backlog as gauges read at scrape time: Kafka consumer lag per group and topic,
 * DLQ sizes and BullMQ job counts, so Prometheus and Grafana see what the status page shows.
 */
export function pipelineGauges(registry: Registry, pipeline: PipelineAdapters) {
  new Gauge({
    name: 'newsflow_queue_jobs',
    help: 'BullMQ jobs by queue and state.',
    labelNames: ['queue', 'state'] as const,
    registers: [registry],
    async collect() {
      for (const [name, queue] of Object.entries(pipeline.queues)) {
        const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'failed').catch(() => null);
        for (const [state, count] of Object.entries(counts ?? {})) this.set({ queue: name, state }, count);
      }
    },
  });
  new Gauge({
    name: 'newsflow_kafka_consumer_lag',
    help: 'Messages not yet committed by a consumer group, per topic.',
    labelNames: ['group', 'topic'] as const,
    registers: [registry],
    async collect() {
      const admin = await pipeline.admin().catch(() => null);
      if (!admin) return;
      // A topic not created yet has no lag; asking kafkajs for its offsets would retry for minutes.
      const existing = new Set(await admin.listTopics().catch(() => [] as string[]));
      for (const { stage, topic } of CONSUMER_GROUPS) {
        const prefixed = pipeline.topicPrefix + topic;
        const group = consumerGroupId(pipeline.topicPrefix, stage);
        if (!existing.has(prefixed)) continue;
        try {
          const [ends, committed] = await Promise.all([
            admin.fetchTopicOffsets(prefixed),
            admin.fetchOffsets({ groupId: group, topics: [prefixed] }),
          ]);
          const done = new Map(committed[0]?.partitions.map((p) => [p.partition, Number(p.offset)]) ?? []);
          const lag = ends.reduce((sum, p) => {
            const at = done.get(p.partition) ?? -1;
            return sum + Number(p.high) - (at < 0 ? Number(p.low) : at);
          }, 0);
          this.set({ group, topic }, lag);
        } catch {
          // Left unset for this scrape: the next one tries again.
        }
      }
    },
  });
}
