import { dlqTopic, TOPICS } from '@newsflow/contracts';
import { consumerGroupId } from '@newsflow/stage';
import type { Store } from '@newsflow/store';
import type { PipelineAdapters } from './pipeline-adapters.ts';
import { prometheusAlerts } from './prometheus-alerts.ts';
import { readSourceActivity } from './source-activity.ts';
import { type StatusAlert, serviceNotReadyAlert, sourceSilentAlert } from './status-alerts.ts';

/** Each stage's consumer group and the topic it reads (group ids: `consumerGroupId` of packages/stage). */
export const CONSUMER_GROUPS = [
  { stage: 'parser', topic: TOPICS.pagesFetched },
  { stage: 'enricher', topic: TOPICS.articlesParsed },
  { stage: 'clusterer', topic: TOPICS.articlesClustering },
  { stage: 'crawler-links', topic: TOPICS.linksDiscovered },
] as const;

/** Throughput is shown per minute over this many recent minutes. */
export const THROUGHPUT_MINUTES = 15;
/** Source error rates and counts cover this period. */
const SOURCE_PERIOD_MS = 24 * 3600_000;
/** A status call must answer even when Kafka or a service hangs. */
const PROBE_TIMEOUT_MS = 3000;

function withTimeout<T>(promise: Promise<T>, ms = PROBE_TIMEOUT_MS): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

async function kafkaStatus(pipeline: PipelineAdapters) {
  try {
    const admin = await withTimeout(pipeline.admin());
    // Offsets of a topic that does not exist yet would make kafkajs retry for minutes.
    const existing = new Set(await withTimeout(admin.listTopics()));
    const ends = async (topic: string) => {
      if (!existing.has(topic)) throw new Error('topic not created yet');
      const offsets = await withTimeout(admin.fetchTopicOffsets(topic));
      return offsets.map((p) => ({ partition: p.partition, high: BigInt(p.high), low: BigInt(p.low) }));
    };
    const consumers = await Promise.all(
      CONSUMER_GROUPS.map(async ({ stage, topic }) => {
        const prefixed = pipeline.topicPrefix + topic;
        const group = consumerGroupId(pipeline.topicPrefix, stage);
        try {
          const [partitions, committed] = await Promise.all([
            ends(prefixed),
            withTimeout(admin.fetchOffsets({ groupId: group, topics: [prefixed] })),
          ]);
          const done = new Map(committed[0]?.partitions.map((p) => [p.partition, BigInt(p.offset)]) ?? []);
          let lag = 0n;
          for (const p of partitions) {
            const at = done.get(p.partition) ?? -1n;
            lag += p.high - (at < 0n ? p.low : at);
          }
          return { group, topic: prefixed, lag: Number(lag), error: null };
        } catch (error) {
          return { group, topic: prefixed, lag: null, error: (error as Error).message };
        }
      }),
    );
    const dlq = await Promise.all(
      Object.values(TOPICS).map(async (topic) => {
        const prefixed = pipeline.topicPrefix + dlqTopic(topic);
        try {
          const partitions = await ends(prefixed);
          const messages = partitions.reduce((sum, p) => sum + (p.high - p.low), 0n);
          return { topic: prefixed, messages: Number(messages), error: null };
        } catch (error) {
          return { topic: prefixed, messages: null, error: (error as Error).message };
        }
      }),
    );
    return { available: true, error: null, consumers, dlq };
  } catch (error) {
    return { available: false, error: (error as Error).message, consumers: [], dlq: [] };
  }
}

async function queueStatus(pipeline: PipelineAdapters) {
  return Promise.all(
    Object.entries(pipeline.queues).map(async ([name, queue]) => {
      try {
        const counts = await withTimeout(
          queue.getJobCounts('waiting', 'active', 'delayed', 'failed', 'completed'),
        );
        return {
          name,
          waiting: counts.waiting ?? 0,
          active: counts.active ?? 0,
          delayed: counts.delayed ?? 0,
          failed: counts.failed ?? 0,
          completed: counts.completed ?? 0,
          error: null,
        };
      } catch (error) {
        return {
          name,
          waiting: null,
          active: null,
          delayed: null,
          failed: null,
          completed: null,
          error: (error as Error).message,
        };
      }
    }),
  );
}

/** Counts per minute, oldest first, of the timestamps read from `field` since `since`. */
function perMinute(times: Date[], since: number): number[] {
  const buckets = new Array<number>(THROUGHPUT_MINUTES).fill(0);
  for (const time of times) {
    const index = Math.floor((time.getTime() - since) / 60_000);
    if (index >= 0 && index < THROUGHPUT_MINUTES) buckets[index]!++;
  }
  return buckets;
}

/** Most documents read per series: enough for ~3 000 a minute, bounded for the status call. */
const MAX_TIMESTAMPS = 50_000;

async function throughput(store: Store, now: number) {
  const since = now - THROUGHPUT_MINUTES * 60_000;
  const sinceDate = new Date(since);
  const [fetched, created, enriched, failures] = await Promise.all([
    store.rawPages.fetchedSince(sinceDate, MAX_TIMESTAMPS),
    store.articles.timesSince('firstSeen', sinceDate, MAX_TIMESTAMPS),
    store.articles.timesSince('enriched', sinceDate, MAX_TIMESTAMPS),
    store.failures.since(sinceDate, MAX_TIMESTAMPS),
  ]);
  const failureStages = [...new Set(failures.map((f) => f.stage))].sort();
  return {
    minutes: THROUGHPUT_MINUTES,
    since: sinceDate.toISOString(),
    series: [
      { name: 'pages fetched (articles)', stage: 'crawler', perMinute: perMinute(fetched, since) },
      { name: 'new articles', stage: 'parser', perMinute: perMinute(created, since) },
      { name: 'articles enriched', stage: 'enricher', perMinute: perMinute(enriched, since) },
      ...failureStages.map((stage) => ({
        name: `failures: ${stage}`,
        stage,
        perMinute: perMinute(
          failures.filter((f) => f.stage === stage).map((f) => f.createdAt),
          since,
        ),
      })),
    ],
  };
}

async function sourcesStatus(store: Store, now: number) {
  const since = new Date(now - SOURCE_PERIOD_MS);
  const [sources, fetched, created, failed, activityOf] = await Promise.all([
    store.sources.all(),
    store.rawPages.countBySourceSince(since),
    store.articles.countNewBySource(since),
    store.failures.countBySourceSince(since),
    readSourceActivity(store, now),
  ]);
  return sources.map((source) => {
    const failures = failed.get(source._id) ?? 0;
    const pages = fetched.get(source._id) ?? 0;
    const activity = activityOf(source._id);
    return {
      name: source._id,
      enabled: source.enabled,
      lastCrawlAt: source.lastCrawlAt?.toISOString() ?? null,
      lastNewArticleAt: source.lastNewArticleAt?.toISOString() ?? null,
      pagesFetched24h: pages,
      newArticles24h: created.get(source._id) ?? 0,
      failures24h: failures,
      /** Failures over attempts (pages kept + failures) in the period; null without any. */
      errorRate24h: pages + failures > 0 ? failures / (pages + failures) : null,
      /** New articles per hour over the last 24 h (oldest first) and the usual level of those hours. */
      articlesPerHour: activity.perHour,
      usualPerHour: activity.usualPerHour,
      /** NewsflowSourceSilent, evaluated from the store (see source-activity.ts). */
      silent: source.enabled && activity.silent,
      activity,
    };
  });
}

async function serviceHealth(services: { name: string; url: string }[]) {
  return Promise.all(
    services.map(async ({ name, url }) => {
      try {
        const response = await fetch(new URL('/readyz', url), {
          signal: AbortSignal.timeout(PROBE_TIMEOUT_MS),
        });
        const body = (await response.json().catch(() => null)) as unknown;
        return { name, url, ready: response.ok, status: response.status, detail: body };
      } catch (error) {
        return { name, url, ready: false, status: null, detail: (error as Error).message };
      }
    }),
  );
}

/** Everything an operator looks at first, gathered in parallel, each part failing on its own. */
export async function pipelineStatus(deps: {
  store: Store;
  pipeline: PipelineAdapters;
  services: { name: string; url: string }[];
  prometheusUrl?: string | undefined;
}) {
  const now = Date.now();
  const fromPrometheus = deps.prometheusUrl
    ? prometheusAlerts(deps.prometheusUrl).then(
        (alerts) => ({ alerts, error: null }),
        (error: Error) => ({ alerts: null, error: error.message }),
      )
    : null;
  const [kafka, queues, rates, sources, services, openFailures, articles] = await Promise.all([
    kafkaStatus(deps.pipeline),
    queueStatus(deps.pipeline),
    throughput(deps.store, now),
    sourcesStatus(deps.store, now),
    serviceHealth(deps.services),
    deps.store.failures.countOpen(),
    deps.store.articles.estimatedCount(),
  ]);
  // Prometheus's alerts when it answers; else the two the API evaluates itself.
  const prometheus = await fromPrometheus;
  const alerts: StatusAlert[] = prometheus?.alerts ?? [
    ...sources.filter((s) => s.silent).map((s) => sourceSilentAlert(s.name, s.activity)),
    ...services.filter((s) => !s.ready).map(serviceNotReadyAlert),
  ];
  return {
    generatedAt: new Date(now).toISOString(),
    /** Firing alerts: Prometheus's (PROMETHEUS_URL), else the two the API evaluates itself. */
    alerts,
    alertsFrom: prometheus?.alerts ? 'prometheus' : 'api',
    /** Why Prometheus's alerts are not shown, when PROMETHEUS_URL is set. */
    alertsError: prometheus?.error ?? null,
    articles,
    openFailures,
    sources: sources.map(({ activity: _, ...source }) => source),
    throughput: rates,
    kafka,
    queues,
    services,
  };
}
export type PipelineStatus = Awaited<ReturnType<typeof pipelineStatus>>;
