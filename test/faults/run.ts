// npm run test:faults [-- --scenario NAME[,NAME…]] [--articles N]
// The standing fault suite: for each scenario, the four services crawl a fixture site of N
// articles; a third of the way through, one fault is injected (scenarios.ts). The run then checks
// that every article arrives exactly once and ends enriched, that nothing was crawled twice (above
// all after a Redis restart), and how long the services took to be ready again. One table row per
// scenario; exits 1 if any row breaks a rule. Redis, Kafka and the store that scenarios restart
// or cut are the run's own instances (or a proxy): the shared services are never touched.
import { writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { connectStore } from '@newsflow/store';
import { internalsOf } from '@newsflow/store/internals';
import {
  getTestServices,
  isolate,
  serviceEnvFor,
  startFaultProxy,
  startOwnKafka,
  startOwnRedis,
  waitFor,
} from '@newsflow/testing';
import { createPipeline } from './pipeline.ts';
import { SCENARIOS, type Scenario } from './scenarios.ts';
import { startFaultSite } from './site.ts';

const { values } = parseArgs({
  options: {
    scenario: { type: 'string' },
    articles: { type: 'string', default: process.env.FAULTS_ARTICLES ?? '200' },
    'settle-seconds': { type: 'string', default: '420' },
  },
});
const ARTICLES = Number(values.articles);
const SETTLE_MS = Number(values['settle-seconds']) * 1000;
const wanted = values.scenario?.split(',');
const scenarios = wanted ? SCENARIOS.filter((scenario) => wanted.includes(scenario.name)) : SCENARIOS;
if (scenarios.length === 0) {
  console.error(
    `faults: no scenario named ${values.scenario}; known: ${SCENARIOS.map((s) => s.name).join(', ')}`,
  );
  process.exit(2);
}

interface Row {
  scenario: string;
  expected: number;
  stored: number;
  enriched: number;
  duplicated: number;
  refetched: number;
  lost: number;
  stuck: number;
  failed: number;
  restarts: number;
  recovered: boolean;
  recoverSeconds: number;
  totalSeconds: number;
  problems: string[];
  logFile?: string;
}

const seconds = (ms: number) => Math.round(ms / 100) / 10;

async function runScenario(scenario: Scenario): Promise<Row> {
  const started = Date.now();
  const shared = await getTestServices();
  const isolation = isolate(`faults-${scenario.name}`);
  const site = await startFaultSite(ARTICLES);
  const redis = await startOwnRedis();
  const kafka = scenario.ownKafka ? await startOwnKafka() : null;
  const mongo = new URL(shared.mongoUri);
  const storeProxy = scenario.storeProxy
    ? await startFaultProxy({ host: mongo.hostname, port: Number(mongo.port || 27017) })
    : null;
  const dir = await mkdtemp(join(tmpdir(), 'newsflow-faults-'));
  const sourcesFile = join(dir, 'sources.yaml');
  writeFileSync(
    sourcesFile,
    [
      'sources:',
      '  - name: faults',
      `    startUrls: ["${site.origin}/"]`,
      '    timezone: Asia/Baku',
      '    language: en',
      // Slow enough that the crawl is still going when the fault comes (about 15 s for 200).
      '    minDelayMs: 50',
      '    maxConcurrency: 4',
      '    recrawlIntervalMinutes: 60',
      '    revisitAfterMinutes: []',
      '    discover: false',
      '    allowPrivateNetwork: true',
      '',
    ].join('\n'),
  );
  const services = {
    ...shared,
    kafkaBrokers: kafka?.brokers ?? shared.kafkaBrokers,
    mongoUri: storeProxy ? `mongodb://127.0.0.1:${storeProxy.port}/` : shared.mongoUri,
    redisUrl: redis.url,
  };
  const env = serviceEnvFor(services, isolation, { LOG_LEVEL: 'warn', DEFAULT_HOST_DELAY_MS: '0' });
  const { pipeline, apiUrl } = await createPipeline(env, {
    crawler: { SOURCES_FILE: sourcesFile },
    api: { API_AUTH: 'demo' },
  });
  // The run reads the store directly (not through the proxy it may cut).
  const store = await connectStore({ uri: shared.mongoUri, dbName: isolation.dbName });
  const articles = internalsOf(store).collection('articles');
  const count = (filter: Record<string, unknown> = {}) =>
    articles.countDocuments({ source: 'faults', ...filter });
  // What arrived without help: counted before the final crawl (which would find lost articles again).
  const snapshot = async () => ({
    stored: await count(),
    enriched: await count({ status: 'enriched' }),
    paths: (
      await articles
        .find<{ canonicalUrl: string }>({ source: 'faults' }, { projection: { canonicalUrl: 1 } })
        .toArray()
    ).map((article) => new URL(article.canonicalUrl).pathname),
  });
  let settled: Awaited<ReturnType<typeof snapshot>> | undefined;
  const problems: string[] = [];
  let recoverMs = Number.NaN;
  let recovered = false;
  try {
    pipeline.startAll();
    await waitFor('the pipeline to start', () => pipeline.allReady(), {
      timeoutMs: 120_000,
      intervalMs: 500,
    });
    // Mid-crawl: fetch jobs queued in Redis, pages on their way through Kafka, articles being enriched.
    await waitFor('a third of the articles fetched', () => site.fetches.size >= ARTICLES / 3, {
      timeoutMs: SETTLE_MS,
      intervalMs: 100,
    });
    const faultAt = Date.now();
    await scenario.inject({ pipeline, redis, kafka, storeProxy });
    try {
      await waitFor('every service ready again', () => pipeline.allReady(), {
        timeoutMs: 180_000,
        intervalMs: 250,
      });
      recovered = true;
      recoverMs = Date.now() - faultAt;
    } catch (error) {
      problems.push((error as Error).message);
    }
    await waitFor('every article enriched', async () => (await count({ status: 'enriched' })) >= ARTICLES, {
      timeoutMs: SETTLE_MS,
      intervalMs: 1000,
    }).catch((error: Error) => problems.push(error.message));
    settled = await snapshot();
    // One more crawl of the site, as the next scheduled round would: every article must be
    // known (the frontier's seen-set in Redis), so none is fetched again.
    const fronts = site.frontFetches();
    const crawl = await fetch(`${apiUrl}/v1/sources/faults/crawl`, { method: 'POST' });
    if (crawl.status !== 202) problems.push(`crawl again: HTTP ${crawl.status}`);
    await waitFor('the front page fetched again', () => site.frontFetches() > fronts, {
      timeoutMs: 60_000,
    }).catch((error: Error) => problems.push(error.message));
    // Its links go through the parser and the crawler's link intake; re-fetches and late
    // redeliveries would show within seconds.
    await new Promise((wake) => setTimeout(wake, 10_000));
  } catch (error) {
    problems.push((error as Error).message);
  }

  const { stored, enriched, paths: urls } = settled ?? (await snapshot());
  const expectedPaths = new Set(site.articles);
  const matched = new Set(urls.filter((path) => expectedPaths.has(path)));
  const duplicated = urls.length - matched.size;
  const lost = ARTICLES - matched.size;
  const refetched = [...site.fetches.values()].reduce((sum, fetches) => sum + Math.max(0, fetches - 1), 0);
  const failed = await internalsOf(store).collection('failures').countDocuments({});
  const row: Row = {
    scenario: scenario.name,
    expected: ARTICLES,
    stored,
    enriched,
    duplicated,
    refetched,
    lost,
    stuck: stored - enriched,
    failed,
    restarts: pipeline.restarts(),
    recovered,
    recoverSeconds: seconds(recoverMs),
    totalSeconds: 0,
    problems,
  };
  if (row.lost > 0) problems.push(`${row.lost} lost`);
  if (row.duplicated > 0) problems.push(`${row.duplicated} duplicated`);
  if (row.stuck > 0) problems.push(`${row.stuck} stuck`);
  if (row.failed > 0) problems.push(`${row.failed} failures recorded`);
  if (row.refetched > (scenario.refetchAllowed ?? 0))
    problems.push(`${row.refetched} article pages fetched again (allowed: ${scenario.refetchAllowed ?? 0})`);

  const codes = await pipeline.stopAll();
  if (codes.some((code) => code !== 0)) problems.push(`exit codes on SIGTERM: ${codes.join(', ')}`);
  if (problems.length > 0) {
    row.logFile = join(dir, 'services.log');
    writeFileSync(row.logFile, pipeline.output());
  }
  await store.dropDatabase().catch(() => undefined);
  await store.close();
  await storeProxy?.close();
  await kafka?.remove();
  await redis.remove();
  await site.close();
  row.totalSeconds = seconds(Date.now() - started);
  return row;
}

const COLUMNS: Array<[string, (row: Row) => string]> = [
  ['scenario', (row) => row.scenario],
  ['expected', (row) => String(row.expected)],
  ['stored', (row) => String(row.stored)],
  ['enriched', (row) => String(row.enriched)],
  ['duplicated', (row) => String(row.duplicated)],
  ['refetched', (row) => String(row.refetched)],
  ['lost', (row) => String(row.lost)],
  ['stuck', (row) => String(row.stuck)],
  ['failed', (row) => String(row.failed)],
  ['restarts', (row) => String(row.restarts)],
  ['recovered', (row) => (row.recovered ? 'yes' : 'NO')],
  ['s to recover', (row) => (Number.isNaN(row.recoverSeconds) ? '-' : row.recoverSeconds.toFixed(1))],
  ['run s', (row) => row.totalSeconds.toFixed(0)],
];

function table(rows: Row[]): string {
  const cells = [COLUMNS.map(([name]) => name), ...rows.map((row) => COLUMNS.map(([, cell]) => cell(row)))];
  const widths = COLUMNS.map((_, i) => Math.max(...cells.map((line) => line[i]!.length)));
  const line = (values: string[]) => `| ${values.map((value, i) => value.padEnd(widths[i]!)).join(' | ')} |`;
  return [
    line(cells[0]!),
    `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
    ...cells.slice(1).map(line),
  ].join('\n');
}

console.log(`faults: ${scenarios.length} scenario(s), ${ARTICLES} articles each`);
const rows: Row[] = [];
for (const scenario of scenarios) {
  console.log(`faults: ${scenario.name} — ${scenario.description}`);
  const row = await runScenario(scenario);
  rows.push(row);
  console.log(
    `faults: ${scenario.name}: ${row.problems.length === 0 ? 'ok' : `FAILED (${row.problems.join('; ')})`}` +
      (row.logFile ? `, service logs: ${row.logFile}` : ''),
  );
}
console.log(`\n${table(rows)}\n`);
console.log(
  'expected: articles on the site; stored, enriched, duplicated (stored beyond one per article), lost (never stored), stuck\n' +
    '(stored, not enriched): once the pipeline settled; refetched: article pages fetched more than once, a final crawl included;\n' +
    'failed: failures recorded (DLQ); restarts: services that exited on their own and were started again (on-failure);\n' +
    's to recover: from the fault to every service ready again (includes the fault itself, e.g. 6 s of Redis down).',
);
const failedRows = rows.filter((row) => row.problems.length > 0);
process.exit(failedRows.length > 0 ? 1 : 0);
