import { Counter, collectDefaultMetrics, Histogram, Registry } from 'prom-client';

/** A metrics registry per service, with the process's default metrics and a `service` label. */
export function createMetricsRegistry(service: string): Registry {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  collectDefaultMetrics({ register: registry });
  return registry;
}

/** The metrics every pipeline stage reports, so dashboards read one shape for all stages. */
export function createStageMetrics(registry: Registry) {
  return {
    messages: new Counter({
      name: 'newsflow_stage_messages_total',
      help: 'Messages handled by a stage, by outcome (ok, retry, dead).',
      labelNames: ['stage', 'outcome'] as const,
      registers: [registry],
    }),
    duration: new Histogram({
      name: 'newsflow_stage_duration_seconds',
      help: 'Time to handle one message, side effects included.',
      labelNames: ['stage'] as const,
      buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    }),
    failures: new Counter({
      name: 'newsflow_stage_failures_total',
      help: 'Failed attempts, by stage, kind (transient, permanent) and reason.',
      labelNames: ['stage', 'kind', 'reason'] as const,
      registers: [registry],
    }),
  };
}
export type StageMetrics = ReturnType<typeof createStageMetrics>;

/** The enricher's own: enrichment stages that threw (a rule's defect; that field came back empty). */
export function createEnrichMetrics(registry: Registry) {
  return {
    stageErrors: new Counter({
      name: 'newsflow_enrich_stage_errors_total',
      help: 'Enrichment stages that threw, by stage: the article was saved with that field empty.',
      labelNames: ['stage'] as const,
      registers: [registry],
    }),
  };
}
export type EnrichMetrics = ReturnType<typeof createEnrichMetrics>;
