// `npm run bench:pipeline`: pages per second through the whole pipeline — fetched (crawler),
// parsed and stored (parser), enriched and clustered (the enrichment stages) until announced on
// articles.enriched.v1 — each service its own process on the real Kafka, store and Redis, from a
// local site of real aeb-dev pages. Run twice: on an empty store, and on one pre-filled with
// 100 000 stored articles (BENCH_PREFILL), which the store's indexed operations should make no
// slower. Prints figures and where the CPU time went; asserts nothing.
//   node bench/pipeline-bench.ts [--hosts 20] [--pages-per-host 50]
import { fork } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { allTopics, partitionsFor, TOPICS } from '@newsflow/contracts';
import { ensureTopics } from '@newsflow/kafka';
import { connectStore } from '@newsflow/store';
import { internalsOf, openSampleSet, removeArticles, sampleSetDatabase } from '@newsflow/store/internals';
import {
  freePort,
  getTestServices,
  isolate,
  type ServiceProcess,
  serviceEnvFor,
  startService,
  waitFor,
} from '@newsflow/testing';
import { Kafka, logLevel } from 'kafkajs';
import { stringify } from 'yaml';

/** Every service an article passes through after the crawler, in pipeline order. */
const STAGES = ['parser', 'enricher', 'clusterer'] as const;
const PREFILL = Number(process.env.BENCH_PREFILL ?? 100_000);

const { values } = parseArgs({
  options: {
    hosts: { type: 'string', default: '20' },
    'pages-per-host': { type: 'string', default: '50' },
  },
});
const hosts = Number(values.hosts);
const perHost = Number(values['pages-per-host']);
const expectedArticles = hosts * perHost;

const services = await getTestServices();

/** CPU time (user + system) of a process so far, in ms (clock ticks are 10 ms on Linux). */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** The local infrastructure's processes, by what they run (none found when it runs elsewhere). */
const INFRA = { kafka: /^java$/, postgresql: /^postgres$/, ferretdb: /^ferretdb$/, redis: /^redis-server$/ };

/** CPU ms so far of each local infrastructure component, all its processes together. */
function infraCpuMs(): Map<string, number> {
  const totals = new Map<string, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const name = Object.entries(INFRA).find(([, pattern]) => pattern.test(comm))?.[0];
      if (name) totals.set(name, (totals.get(name) ?? 0) + cpuMs(Number(entry)));
    } catch {
      // The process ended while the list was read.
    }
  }
  return totals;
}

async function run(label: string, dbName: string): Promise<void> {
  const site = fork(
    join(import.meta.dirname, '../services/crawler/bench/site-server.ts'),
    [String(hosts), String(perHost)],
    {
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    },
  );
  const { origins } = await new Promise<{ origins: string[] }>((resolve) =>
    site.once('message', (m) => resolve(m as never)),
  );
  const isolation = { ...isolate('pipeline-bench'), dbName };
  const store = await connectStore({ uri: services.mongoUri, dbName });
  const sourceNames = origins.map((_, i) => `pbench-${i}`);
  const dir = await mkdtemp(join(tmpdir(), 'newsflow-pipeline-bench-'));
  const sourcesFile = join(dir, 'sources.yaml');
  await writeFile(
    sourcesFile,
    stringify({
      sources: origins.map((origin, i) => ({
        name: sourceNames[i],
        startUrls: [`${origin}/`],
        sitemaps: [`${origin}/sitemap.xml`],
        discover: false,
        minDelayMs: 0,
        maxConcurrency: 16,
        revisitAfterMinutes: [],
        allowPrivateNetwork: true,
      })),
    }),
  );
  const kafka = new Kafka({
    clientId: 'pipeline-bench',
    brokers: services.kafkaBrokers,
    logLevel: logLevel.NOTHING,
  });
  await ensureTopics(kafka, allTopics(isolation.topicPrefix), partitionsFor);
  const env = serviceEnvFor(services, isolation, { LOG_LEVEL: 'warn' });
  const processes: ServiceProcess[] = [];
  const ports = new Map<string, number>();
  for (const stage of STAGES) {
    ports.set(stage, await freePort());
    processes.push(startService(stage, { ...env, PORT: String(ports.get(stage)) }));
  }
  const crawlerPort = await freePort();
  // Start-up is not throughput: each stage has loaded and reached its dependencies first.
  await Promise.all(
    processes.map((p) =>
      waitFor(
        `${p.name} ready`,
        async () => {
          if (p.child.exitCode !== null) throw new Error(`${p.name} exited:\n${p.output()}`);
          const res = await fetch(`http://127.0.0.1:${ports.get(p.name)}/readyz`).catch(() => null);
          return res?.status === 200;
        },
        { timeoutMs: 60_000, intervalMs: 200 },
      ),
    ),
  );
  /** CPU ms so far of every stage process and infrastructure component. */
  const cpuSnapshot = (): Map<string, number> => {
    const snapshot = infraCpuMs();
    for (const p of processes) if (p.child.exitCode === null) snapshot.set(p.name, cpuMs(p.child.pid!));
    return snapshot;
  };
  const announced = new Set<string>();
  // The sustained window opens at the first announcement: start-up (module loading, group joins,
  // the crawler's first sitemap reads) is reported apart from the steady flow.
  let firstAnnounced: { at: number; cpu: Map<string, number> } | null = null;
  const consumer = kafka.consumer({ groupId: `bench-${isolation.queuePrefix}` });
  await consumer.connect();
  await consumer.subscribe({ topic: isolation.topicPrefix + TOPICS.articlesEnriched, fromBeginning: true });
  await consumer.run({
    eachMessage: async ({ message }) => {
      const event = JSON.parse(message.value?.toString() ?? '{}') as { articleId?: string };
      if (!event.articleId) return;
      announced.add(event.articleId);
      if (!firstAnnounced) firstAnnounced = { at: performance.now(), cpu: cpuSnapshot() };
    },
  });

  const startCpu = cpuSnapshot();
  const started = performance.now();
  const crawler = startService('crawler', {
    ...env,
    PORT: String(crawlerPort),
    SOURCES_FILE: sourcesFile,
    CRAWL_CONCURRENCY: '16',
    DEFAULT_HOST_DELAY_MS: '0',
  });
  processes.push(crawler);
  let lastLog = 0;
  try {
    await waitFor(
      `${expectedArticles} articles announced`,
      () => {
        if (performance.now() - lastLog > 5000) {
          lastLog = performance.now();
          process.stderr.write(`  … ${announced.size}/${expectedArticles} enriched\n`);
        }
        return announced.size >= expectedArticles;
      },
      { timeoutMs: 900_000, intervalMs: 100 },
    );
    const ended = performance.now();
    const endCpu = cpuSnapshot();
    const seconds = (ended - started) / 1000;
    const first = firstAnnounced ?? { at: started, cpu: startCpu };
    // Articles announced after the first one, over the time from the first to the last.
    const sustained = (announced.size - 1) / ((ended - first.at) / 1000);
    const cpuPerArticle = (from: Map<string, number>, articles: number) =>
      [...endCpu]
        .filter(([name]) => from.has(name))
        .map(([name, ms]) => `${name} ${((ms - from.get(name)!) / articles).toFixed(1)}`)
        .join(', ');
    console.log(
      `${label.padEnd(34)} ${String(announced.size).padStart(6)} articles in ${seconds.toFixed(1).padStart(6)} s: ` +
        `${(announced.size / seconds).toFixed(1).padStart(6)} pages/s from the crawler's start, ` +
        `${sustained.toFixed(1)} pages/s sustained (first ${((first.at - started) / 1000).toFixed(1)} s to the first article)`,
    );
    console.log(`  CPU ms per article, sustained: ${cpuPerArticle(first.cpu, announced.size - 1)}`);
  } finally {
    await Promise.all(processes.map((p) => p.stop()));
    await consumer.disconnect();
    site.disconnect();
    // This run's articles (and their terms) go; the pre-filled ones stay for the next run.
    await removeArticles(store, { source: { $in: sourceNames } });
    const raw = internalsOf(store);
    for (const name of ['raw_pages', 'failures', 'sources', 'stories', 'pages_not_stored'] as const)
      await raw.collection(name).deleteMany({});
    await store.close();
  }
}

console.log(
  `pipeline bench: ${hosts} hosts × ${perHost} articles (aeb-dev pages), crawler politeness off; ` +
    `services ${['crawler', ...STAGES].join(' → ')}; 2 CPUs shared with Kafka, the store and Redis, load ${loadavg()[0]!.toFixed(1)}`,
);
const empty = `newsflow_bench_pipeline_empty_${Date.now()}`;
await run('empty store', empty);
const emptyStore = await connectStore({ uri: services.mongoUri, dbName: empty });
await emptyStore.dropDatabase();
await emptyStore.close();
// The store benchmark's sample set (kept and reused), with this run's articles beside it.
const prefill = await openSampleSet(services.mongoUri, PREFILL, {
  log: (line) => process.stderr.write(line),
});
await prefill.store.close();
await run(`store pre-filled with ${PREFILL}`, sampleSetDatabase(PREFILL));
process.exit(0);
