import { table } from '../output.ts';
import { ago, type CommandContext, printJson } from './context.ts';

interface Status {
  generatedAt: string;
  articles: number;
  openFailures: number;
  sources: {
    name: string;
    enabled: boolean;
    lastCrawlAt: string | null;
    lastNewArticleAt: string | null;
    newArticles24h: number;
    failures24h: number;
    errorRate24h: number | null;
  }[];
  throughput: { series: { name: string; perMinute: number[] }[] };
  kafka: {
    available: boolean;
    error: string | null;
    consumers: { group: string; topic: string; lag: number | null; error: string | null }[];
    dlq: { topic: string; messages: number | null }[];
  };
  queues: {
    name: string;
    waiting: number | null;
    active: number | null;
    delayed: number | null;
    failed: number | null;
  }[];
  services: { name: string; url: string; ready: boolean }[];
}

/** `newsflow status`: the pipeline at a glance (the API's /v1/pipeline/status). */
export async function statusCommand(context: CommandContext): Promise<void> {
  const status = await context.api.get<Status>('/v1/pipeline/status');
  if (context.output.json) return printJson(context, status);
  const { out } = context.output;
  out(`articles ${status.articles}   open failures ${status.openFailures}   (${status.generatedAt})\n`);
  out(
    table([
      ['source', 'enabled', 'last crawl', 'last new article', 'new 24h', 'failures 24h', 'error rate'],
      ...status.sources.map((s) => [
        s.name,
        s.enabled ? 'yes' : 'no',
        ago(s.lastCrawlAt),
        ago(s.lastNewArticleAt),
        s.newArticles24h,
        s.failures24h,
        s.errorRate24h === null ? null : `${(s.errorRate24h * 100).toFixed(1)} %`,
      ]),
    ]),
  );
  out('');
  out(
    table([
      ['throughput (last 15 min)', 'total', 'last minute'],
      ...status.throughput.series.map((s) => [
        s.name,
        s.perMinute.reduce((a, b) => a + b, 0),
        s.perMinute.at(-1),
      ]),
    ]),
  );
  out('');
  if (!status.kafka.available) out(`kafka: unavailable (${status.kafka.error})`);
  else
    out(
      table([
        ['consumer group', 'topic', 'lag'],
        ...status.kafka.consumers.map((c) => [c.group, c.topic, c.lag ?? c.error]),
        ...status.kafka.dlq.map((d) => ['dead letters', d.topic, d.messages]),
      ]),
    );
  out('');
  out(
    table([
      ['queue', 'waiting', 'active', 'delayed', 'failed'],
      ...status.queues.map((q) => [q.name, q.waiting, q.active, q.delayed, q.failed]),
    ]),
  );
  if (status.services.length > 0) {
    out('');
    for (const service of status.services)
      out(`${service.ready ? 'ok ' : 'DOWN'} ${service.name} (${service.url})`);
  }
}
