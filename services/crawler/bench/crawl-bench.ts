// npm run bench:crawl — pages per second fetched AND published by the crawler service (its own
// process, real Kafka/Redis/MongoDB-protocol server) from a local site of 50 virtual hosts with
// politeness off, and the crawler's CPU and memory per 1000 pages. Printed, not asserted.
//   node services/crawler/bench/crawl-bench.ts [--hosts 50] [--pages-per-host 40] [--concurrency 32]
import { fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { allTopics, TOPIC_PARTITIONS, TOPICS } from '@newsflow/contracts';
import { ensureTopics } from '@newsflow/kafka';
import {
  dropIsolation,
  freePort,
  getTestServices,
  isolate,
  serviceEnvFor,
  startService,
  waitFor,
} from '@newsflow/testing';
import { Kafka, logLevel } from 'kafkajs';
import { stringify } from 'yaml';

const { values } = parseArgs({
  options: {
    hosts: { type: 'string', default: '50' },
    'pages-per-host': { type: 'string', default: '40' },
    concurrency: { type: 'string', default: '32' },
    'log-level': { type: 'string', default: 'info' },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  console.log(
    'npm run bench:crawl -- [--hosts 50] [--pages-per-host 40] [--concurrency 32] [--log-level info]',
  );
  process.exit(0);
}
const hosts = Number(values.hosts);
const perHost = Number(values['pages-per-host']);
const expected = hosts * (perHost + 1); // each host's front page and its sitemap's articles

const site = fork(join(import.meta.dirname, 'site-server.ts'), [String(hosts), String(perHost)], {
  stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
});
const { origins, from, meanPageBytes } = await new Promise<{
  origins: string[];
  from: string;
  meanPageBytes: number;
}>((resolve) => site.once('message', (message) => resolve(message as never)));

const services = await getTestServices();
const isolation = isolate('crawl-bench');
const dir = await mkdtemp(join(tmpdir(), 'newsflow-crawl-bench-'));
const sourcesFile = join(dir, 'sources.yaml');
await writeFile(
  sourcesFile,
  stringify({
    sources: origins.map((origin, i) => ({
      name: `bench-${i}`,
      startUrls: [`${origin}/`],
      sitemaps: [`${origin}/sitemap.xml`],
      discover: false,
      minDelayMs: 0, // politeness off: the bench measures the crawler, not the waits
      maxConcurrency: 32,
      allowPrivateNetwork: true,
    })),
  }),
);

const kafka = new Kafka({
  clientId: 'crawl-bench',
  brokers: services.kafkaBrokers,
  logLevel: logLevel.NOTHING,
});
await ensureTopics(kafka, allTopics(isolation.topicPrefix), TOPIC_PARTITIONS);
let published = 0;
let publishedBytes = 0;
const consumer = kafka.consumer({ groupId: `bench-${isolation.queuePrefix}` });
await consumer.connect();
await consumer.subscribe({ topic: isolation.topicPrefix + TOPICS.pagesFetched, fromBeginning: true });
await consumer.run({
  eachMessage: async ({ message }) => {
    published++;
    publishedBytes += message.value?.length ?? 0;
  },
});

const port = await freePort();
const crawler = startService(
  'crawler',
  serviceEnvFor(services, isolation, {
    PORT: String(port),
    SOURCES_FILE: sourcesFile,
    CRAWL_CONCURRENCY: values.concurrency,
    DEFAULT_HOST_DELAY_MS: '0',
    LOG_LEVEL: values['log-level'],
    ...(process.env.CRAWLER_NODE_OPTIONS ? { NODE_OPTIONS: process.env.CRAWLER_NODE_OPTIONS } : {}),
  }),
);
const pid = crawler.child.pid!;
// utime + stime of the crawler process, in ms (clock ticks are 10 ms on Linux).
const cpuMs = () => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
};
const memoryMb = (field: string) =>
  Number(readFileSync(`/proc/${pid}/status`, 'utf8').match(new RegExp(`${field}:\\s+(\\d+)`))![1]) / 1024;

// Ready: connected to Kafka and MongoDB (whatever LOG_LEVEL hides from the output).
await waitFor(
  'crawler ready',
  async () => (await fetch(`http://127.0.0.1:${port}/readyz`).catch(() => null))?.ok,
  { timeoutMs: 60_000 },
);
const startCpu = cpuMs();
const startRss = memoryMb('VmRSS');
const started = performance.now();
let lastLog = 0;
await waitFor(
  `${expected} pages published`,
  () => {
    if (performance.now() - lastLog > 5000) {
      lastLog = performance.now();
      process.stderr.write(`  … ${published}/${expected} published\n`);
    }
    return published >= expected;
  },
  { timeoutMs: 600_000, intervalMs: 50 },
);
const seconds = (performance.now() - started) / 1000;
const cpu = cpuMs() - startCpu;
const peakRss = memoryMb('VmHWM');
const endRss = memoryMb('VmRSS');

const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits });
console.log(`crawler bench: ${hosts} hosts × (front page + ${perHost} articles) = ${expected} pages`);
console.log(`  site: ${from}, mean page ${fmt(meanPageBytes / 1024)} KB, gzip on the wire; politeness off`);
console.log(
  `  crawler: 1 process, CRAWL_CONCURRENCY=${values.concurrency}, LOG_LEVEL=${values['log-level']}`,
);
console.log(
  `  published ${published} pages in ${fmt(seconds, 1)} s: ${fmt(published / seconds, 1)} pages/s fetched and published`,
);
console.log(`  Kafka payload ${fmt(publishedBytes / 1e6, 1)} MB (JSON, before producer gzip)`);
console.log(
  `  crawler CPU ${fmt(cpu)} ms: ${fmt((cpu / published) * 1000)} ms per 1000 pages (${fmt((cpu / 1000 / seconds) * 100)} % of one core)`,
);
console.log(
  `  crawler RSS ${fmt(startRss)} MB at start, ${fmt(endRss)} MB at end, peak ${fmt(peakRss)} MB; growth ${fmt(((endRss - startRss) / published) * 1000, 1)} MB per 1000 pages`,
);

await crawler.stop();
await consumer.disconnect();
// Nothing of the run is left: its database, topics, consumer groups and Redis keys.
await dropIsolation(services, isolation);
site.disconnect();
process.exit(0);
