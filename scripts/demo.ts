// Runs the whole pipeline on the demo news site: the site, then crawler, parser, enricher, clusterer and api
// as separate processes against the local Kafka/FerretDB/Redis (started by scripts/setup.sh).
// Waits until the demo articles are served by the API, prints where, and keeps running
// until Ctrl-C (or exits at once with --once). The demo's deployment (database, topics, Redis
// keys) is dropped before it starts and when it stops (`--keep` keeps it after).
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { dropDeployment } from '@newsflow/cli';
import { createLogger } from '@newsflow/observability';
import {
  DEMO_ARTICLES,
  DEMO_TIMEZONE,
  REPO_ROOT,
  startDemoSite,
  startService,
  waitFor,
} from '@newsflow/testing';

const once = process.argv.includes('--once');
const keep = process.argv.includes('--keep');
const API_PORT = Number(process.env.NEWSFLOW_DEMO_API_PORT ?? 3000);
const SITE_PORT = Number(process.env.NEWSFLOW_DEMO_SITE_PORT ?? 8080);
// The crawler's /metrics and /readyz port; the parser's and the enricher's are the next two.
const WORKER_PORT = Number(process.env.NEWSFLOW_DEMO_WORKER_PORT ?? 9101);
// Names the demo's database, topic prefix and queue prefix: two demos on one Kafka/FerretDB/Redis
// need two names (each drops its own data).
const NAME = process.env.NEWSFLOW_DEMO_NAME ?? 'demo';

const site = await startDemoSite({ port: SITE_PORT });
const dir = join(REPO_ROOT, '.data/demo');
await mkdir(dir, { recursive: true });
const sourcesFile = join(dir, 'sources.yaml');
await writeFile(
  sourcesFile,
  `sources:\n  - name: demo\n    startUrls: ["${site.origin}/"]\n    timezone: ${DEMO_TIMEZONE}\n    language: en\n    minDelayMs: 100\n    allowPrivateNetwork: true\n`,
);

const env = {
  KAFKA_BROKERS: `127.0.0.1:${process.env.NEWSFLOW_KAFKA_PORT ?? 9092}`,
  MONGODB_URI: `mongodb://127.0.0.1:${process.env.NEWSFLOW_FERRETDB_PORT ?? 27017}/`,
  MONGODB_DB: `newsflow_${NAME.replace(/-/g, '_')}`,
  REDIS_URL: `redis://127.0.0.1:${process.env.NEWSFLOW_REDIS_PORT ?? 6379}`,
  QUEUE_PREFIX: `newsflow-${NAME}`,
  TOPIC_PREFIX: `${NAME}.`,
  LOG_LEVEL: 'warn',
};
const PORTS = {
  crawler: WORKER_PORT,
  parser: WORKER_PORT + 1,
  enricher: WORKER_PORT + 2,
  clusterer: WORKER_PORT + 3,
};
const demoDeployment = {
  mongodbUri: env.MONGODB_URI,
  dbName: env.MONGODB_DB,
  kafkaBrokers: [env.KAFKA_BROKERS],
  topicPrefix: env.TOPIC_PREFIX,
  redisUrl: env.REDIS_URL,
  queuePrefix: env.QUEUE_PREFIX,
};
// A demo killed a moment ago leaves its consumer groups within their 30 s session.
const dropDemoData = () =>
  dropDeployment(demoDeployment, createLogger('demo', 'warn'), { waitForMembersMs: 45_000 });
// A previous run's articles and failures would show on this run's status page.
await dropDemoData();

const services = [
  startService('parser', { ...env, PORT: String(PORTS.parser) }),
  startService('enricher', { ...env, PORT: String(PORTS.enricher) }),
  startService('clusterer', { ...env, PORT: String(PORTS.clusterer) }),
  // Keyless: a local demo; deployments use API keys (API_AUTH=keys, the default).
  startService('api', {
    ...env,
    PORT: String(API_PORT),
    API_AUTH: 'demo',
    API_SERVICE_URLS: Object.entries(PORTS)
      .map(([name, port]) => `${name}=http://127.0.0.1:${port}`)
      .join(','),
  }),
  startService('crawler', { ...env, PORT: String(PORTS.crawler), SOURCES_FILE: sourcesFile }),
];
const stopAll = async () => {
  await Promise.all(services.map((service) => service.stop()));
  await site.close();
  if (!keep) await dropDemoData().catch((error) => console.error(`demo: clean-up failed: ${error}`));
};
for (const service of services) {
  service.exited.then((code) => {
    if (code !== 0 && code !== null) {
      console.error(`demo: ${service.name} exited with ${code}:\n${service.output().slice(-3000)}`);
      void stopAll().then(() => process.exit(1));
    }
  });
}

console.log(`demo: news site on ${site.origin}, pipeline starting…`);
const apiUrl = `http://127.0.0.1:${API_PORT}/v1/articles`;
let count = 0;
try {
  count = await waitFor(
    'the demo articles to be enriched and served',
    async () => {
      const response = await fetch(`${apiUrl}?limit=100`);
      if (!response.ok) return undefined;
      const { data } = (await response.json()) as { data: Array<{ status: string }> };
      const enriched = data.filter((article) => article.status === 'enriched').length;
      return enriched >= DEMO_ARTICLES.length ? enriched : undefined;
    },
    { timeoutMs: 180_000, intervalMs: 1000 },
  );
} catch (error) {
  console.error(`demo: ${(error as Error).message}`);
  for (const service of services) console.error(`--- ${service.name} ---\n${service.output().slice(-3000)}`);
  await stopAll();
  process.exit(1);
}
console.log(`demo: ${count} articles arrived (of ${DEMO_ARTICLES.length} on the demo site).`);
console.log(`demo: see them at ${apiUrl}  (one: ${apiUrl}/<id>)`);
const health = await pipelineHealth();
console.log(
  `demo: status page http://127.0.0.1:${API_PORT}/ — services ready: ${health.ready}, open failures: ${health.openFailures}, alerts: ${health.alerts}`,
);
if (once) {
  await stopAll();
  process.exit(0);
}
console.log('demo: the pipeline keeps running; Ctrl-C stops it.');
process.on('SIGINT', () => void stopAll().then(() => process.exit(0)));
process.on('SIGTERM', () => void stopAll().then(() => process.exit(0)));

/** What the status page's first screen shows: services ready, open failures, firing alerts. */
async function pipelineHealth() {
  const response = await fetch(`http://127.0.0.1:${API_PORT}/v1/pipeline/status`);
  const status = (await response.json()) as {
    openFailures: number;
    alerts: unknown[];
    services: { name: string; ready: boolean }[];
  };
  const ready = status.services.filter((service) => service.ready).map((service) => service.name);
  return {
    ready: `${ready.length}/${status.services.length}${ready.length ? ` (${ready.join(', ')})` : ''}`,
    openFailures: status.openFailures,
    alerts: status.alerts.length,
  };
}
