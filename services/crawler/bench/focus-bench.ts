// npm run bench:crawl (second part) — requests per stored article: the crawler and the parser
// (their own processes, real Kafka/Redis/MongoDB-protocol server) crawl a local news site whose
// pages carry heavy navigation and dead links (navigation-site.ts), one round, until nothing
// moves; the site counts every request it answers, the store counts the articles. robots.txt,
// feeds and sitemaps are not counted as requests. Printed, not asserted.
//   node services/crawler/bench/focus-bench.ts [--hosts 5] [--quiet-ms 8000] [--article-link-budget N]
import { fork } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { allTopics, DEFAULT_ARTICLE_LINK_BUDGET, TOPIC_PARTITIONS } from '@newsflow/contracts';
import { ensureTopics } from '@newsflow/kafka';
import { connectStore } from '@newsflow/store';
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
    hosts: { type: 'string', default: '5' },
    'quiet-ms': { type: 'string', default: '8000' },
    // Default: the sources' default (DEFAULT_ARTICLE_LINK_BUDGET).
    'article-link-budget': { type: 'string' },
  },
});
const hosts = Number(values.hosts);
// The crawl is over when the site has seen no request for this long (the parser's links come
// back through Kafka, so a lull of a few seconds is not the end).
const quietMs = Number(values['quiet-ms']);

type Counts = Record<
  'robots' | 'feed' | 'sitemap' | 'article' | 'listing' | 'deadArticle' | 'dead' | 'furniture',
  number
>;
const site = fork(join(import.meta.dirname, 'navigation-site.ts'), [String(hosts)], {
  stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
});
const { origins, articlesPerHost } = await new Promise<{ origins: string[]; articlesPerHost: number }>(
  (resolve) => site.once('message', (message) => resolve(message as never)),
);
const counts = () =>
  new Promise<Counts>((resolve) => {
    site.once('message', (message) => resolve((message as { counts: Counts }).counts));
    site.send('counts');
  });

const services = await getTestServices();
const isolation = isolate('focus-bench');
const dir = await mkdtemp(join(tmpdir(), 'newsflow-focus-bench-'));
const sourcesFile = join(dir, 'sources.yaml');
await writeFile(
  sourcesFile,
  stringify({
    sources: origins.map((origin, i) => ({
      name: `nav-${i}`,
      startUrls: [`${origin}/`],
      feeds: [`${origin}/rss`],
      discover: false,
      minDelayMs: 0, // politeness off: the bench counts requests, not waits
      maxConcurrency: 8,
      allowPrivateNetwork: true,
      revisitAfterMinutes: [], // one round: no article is fetched twice on purpose
      recrawlIntervalMinutes: 60,
      ...(values['article-link-budget'] ? { articleLinkBudget: Number(values['article-link-budget']) } : {}),
    })),
  }),
);
const kafka = new Kafka({
  clientId: 'focus-bench',
  brokers: services.kafkaBrokers,
  logLevel: logLevel.NOTHING,
});
await ensureTopics(kafka, allTopics(isolation.topicPrefix), TOPIC_PARTITIONS);

const env = serviceEnvFor(services, isolation, {
  SOURCES_FILE: sourcesFile,
  DEFAULT_HOST_DELAY_MS: '0',
  CRAWL_CONCURRENCY: '16',
  LOG_LEVEL: 'warn',
});
const parser = startService('parser', { ...env, PORT: String(await freePort()) });
const crawler = startService('crawler', { ...env, PORT: String(await freePort()) });
const store = await connectStore({ uri: services.mongoUri, dbName: isolation.dbName });
const startedAt = Date.now();

let last = '';
let lastChange = Date.now();
await waitFor(
  'the crawl to settle',
  async () => {
    const current = await counts();
    const now = JSON.stringify(current);
    if (now !== last) {
      last = now;
      lastChange = Date.now();
      process.stderr.write(`  … ${now}\n`);
    }
    // Quiet counts only once the crawl has begun (the services take a while to start).
    return current.robots > 0 && Date.now() - lastChange > quietMs;
  },
  { timeoutMs: 900_000, intervalMs: 500 },
);
const settledSeconds = (lastChange - startedAt) / 1000;
const final = await counts();
const stored = await store.articles.count({});
await crawler.stop();
await parser.stop();
await store.close();
// Nothing of the run is left: its database, topics, consumer groups and Redis keys.
await dropIsolation(services, isolation);
site.disconnect();

const counted = final.article + final.listing + final.deadArticle + final.dead + final.furniture;
const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits });
console.log(
  `focus bench: ${hosts} hosts × ${articlesPerHost} articles, every page with 80 navigation links (16 of them dead relative links); ` +
    `articleLinkBudget ${values['article-link-budget'] ?? `${DEFAULT_ARTICLE_LINK_BUDGET} (the default)`}, MAX_CRAWL_DEPTH 3`,
);
console.log(
  `  requests: ${fmt(counted)} counted — ${fmt(final.article)} articles, ${fmt(final.listing)} listing pages, ` +
    `${fmt(final.deadArticle)} withdrawn articles (404), ${fmt(final.dead)} other dead links, ${fmt(final.furniture)} furniture pages; ` +
    `not counted: ${fmt(final.robots)} robots.txt, ${fmt(final.feed)} feeds, ${fmt(final.sitemap)} sitemaps`,
);
console.log(`  stored articles: ${fmt(stored)} of ${fmt(hosts * articlesPerHost)}`);
console.log(
  `  requests per stored article: ${fmt(counted / Math.max(1, stored), 2)} (last request ${fmt(settledSeconds, 1)} s after the start)`,
);
process.exit(0);
