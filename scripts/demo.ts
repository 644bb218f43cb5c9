// Runs the whole pipeline on the demo news site: the site, then crawler, parser, enricher, clusterer and api
// as separate processes against the local Kafka/FerretDB/Redis (started by scripts/setup.sh).
// Waits until the demo articles are served by the API, prints where, and keeps running
// until Ctrl-C (or exits at once with --once).
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  DEMO_ARTICLES,
  DEMO_TIMEZONE,
  REPO_ROOT,
  startDemoSite,
  startService,
  waitFor,
} from '@newsflow/testing';

const once = process.argv.includes('--once');
const API_PORT = Number(process.env.NEWSFLOW_DEMO_API_PORT ?? 3000);
const SITE_PORT = Number(process.env.NEWSFLOW_DEMO_SITE_PORT ?? 8080);

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
  MONGODB_DB: 'newsflow_demo',
  REDIS_URL: `redis://127.0.0.1:${process.env.NEWSFLOW_REDIS_PORT ?? 6379}`,
  QUEUE_PREFIX: 'newsflow-demo',
  TOPIC_PREFIX: 'demo.',
  LOG_LEVEL: 'warn',
};
const services = [
  startService('parser', { ...env, PORT: '9102' }),
  startService('enricher', { ...env, PORT: '9103' }),
  startService('clusterer', { ...env, PORT: '9104' }),
  // Keyless: a local demo; deployments use API keys (API_AUTH=keys, the default).
  startService('api', { ...env, PORT: String(API_PORT), API_AUTH: 'demo' }),
  startService('crawler', { ...env, PORT: '9101', SOURCES_FILE: sourcesFile }),
];
const stopAll = async () => {
  await Promise.all(services.map((service) => service.stop()));
  await site.close();
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
if (once) {
  await stopAll();
  process.exit(0);
}
console.log('demo: the pipeline keeps running; Ctrl-C stops it.');
process.on('SIGINT', () => void stopAll().then(() => process.exit(0)));
process.on('SIGTERM', () => void stopAll().then(() => process.exit(0)));
