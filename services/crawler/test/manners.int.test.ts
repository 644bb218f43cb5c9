// Issue 11, crawler manners on real-looking sites: the crawler and the parser as their own
// processes against the real Kafka, MongoDB-protocol server and Redis, crawling the project's
// misbehaving sites on 127.0.0.1. One site per scenario, so each site's request log is its own.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  DAILY_NAVIGATION,
  dailyArticlePath,
  type MisbehavingSite,
  type ServiceProcess,
  type SiteRequest,
  startMisbehavingSite,
  waitFor,
} from '@newsflow/testing';
import { roundOf } from '../src/frontier.ts';
import { type CrawlHarness, startCrawlHarness } from './helpers/crawl-harness.ts';

// robots.txt unreachable this long ends in one host-level failure (short for the test).
const ROBOTS_OUTAGE_MS = 4000;
const HOP_DELAY_MS = 1000;
const BUDGET = 3;
// The budget source's crawl round (its recrawl interval): rounds turn on the wall clock, so a run
// that crosses a quarter hour may spend a second round's budget.
const BUDGET_ROUND_MINUTES = 15;

describe('crawler manners (issue 11)', { timeout: 180_000 }, () => {
  let daily: MisbehavingSite; // a news site: front, section, feed, articles with navigation and dead links
  let busyRobots: MisbehavingSite; // robots.txt answers 429 Retry-After: 3 once
  let downRobots: MisbehavingSite; // robots.txt answers 503, always
  let hops: MisbehavingSite; // a same-host redirect chain, host delay 1 s
  let dup: MisbehavingSite; // an article reached through a chain and by its direct link
  let budget: MisbehavingSite; // articles with 10 related links each, budget 3 per round
  let away: MisbehavingSite; // redirects /away/<name> to the target site, host delay 1 s
  let target: MisbehavingSite; // the other host of that redirect
  let harness: CrawlHarness;
  let crawler: ServiceProcess & { metricsUrl: string };
  let parser: ServiceProcess;

  let firstRound = 0;

  before(async () => {
    firstRound = roundOf(BUDGET_ROUND_MINUTES);
    [daily, busyRobots, downRobots, hops, dup, budget] = await Promise.all([
      startMisbehavingSite(),
      startMisbehavingSite({ robotsAnswers: [{ status: 429, retryAfterSeconds: 3 }] }),
      startMisbehavingSite({ robotsStatus: 503 }),
      startMisbehavingSite(),
      startMisbehavingSite(),
      startMisbehavingSite({ relatedPerArticle: 10 }),
    ]);
    target = await startMisbehavingSite();
    away = await startMisbehavingSite({ redirectTo: target.origin });
    const local = { minDelayMs: 0, allowPrivateNetwork: true, discover: false };
    harness = await startCrawlHarness(
      'crawler-manners',
      [
        {
          name: 'daily',
          ...local,
          startUrls: [`${daily.origin}/daily/`, `${daily.origin}/daily/old-section/`],
          feeds: [`${daily.origin}/daily/feed.xml`],
          revisitAfterMinutes: [],
        },
        { name: 'busy-robots', ...local, startUrls: ['/ok/a', '/ok/b'].map((p) => busyRobots.origin + p) },
        {
          name: 'down-robots',
          ...local,
          startUrls: ['/ok/x', '/ok/y', '/ok/z'].map((p) => downRobots.origin + p),
        },
        { name: 'hops', ...local, minDelayMs: HOP_DELAY_MS, startUrls: [`${hops.origin}/redirect/3/hops`] },
        {
          name: 'away',
          ...local,
          minDelayMs: HOP_DELAY_MS,
          startUrls: [`${away.origin}/away/moved`, `${target.origin}/ok/first`, `${target.origin}/ok/second`],
        },
        {
          name: 'dup',
          ...local,
          startUrls: [`${dup.origin}/ok/front`],
          feeds: [`${dup.origin}/dup-feed.xml`],
        },
        {
          name: 'budget',
          ...local,
          startUrls: [`${budget.origin}/daily/`],
          articleLinkBudget: BUDGET,
          recrawlIntervalMinutes: BUDGET_ROUND_MINUTES,
          revisitAfterMinutes: [],
        },
        {
          name: 'vanish',
          ...local,
          startUrls: [`${daily.origin}/ok/vanish-front`],
          feeds: [`${daily.origin}/vanish-feed.xml`],
          revisitAfterMinutes: [0.03],
        },
      ],
      {
        RETRY_ATTEMPTS: '3',
        RETRY_BACKOFF_MS: '200',
        FETCH_TIMEOUT_MS: '2500',
        CRAWL_CONCURRENCY: '8',
        DEFAULT_HOST_DELAY_MS: '0',
        ROBOTS_OUTAGE_MS: String(ROBOTS_OUTAGE_MS),
      },
    );
    parser = await harness.startParser();
    crawler = await harness.startCrawler();
  });

  after(async () => {
    // MANNERS_DUMP=/tmp/x keeps the processes' logs and the sites' request logs of a run to read.
    if (process.env.MANNERS_DUMP) {
      const { writeFileSync } = await import('node:fs');
      writeFileSync(`${process.env.MANNERS_DUMP}.crawler`, crawler.output());
      writeFileSync(`${process.env.MANNERS_DUMP}.parser`, parser.output());
      writeFileSync(`${process.env.MANNERS_DUMP}.daily`, daily.requests.map((r) => r.path).join('\n'));
      writeFileSync(`${process.env.MANNERS_DUMP}.budget`, budget.requests.map((r) => r.path).join('\n'));
    }
    await harness?.close();
    await Promise.all(
      [daily, busyRobots, downRobots, hops, dup, budget, away, target].map((site) => site?.close()),
    );
  });

  const published = (url: string) => harness.pages.filter((page) => page.url === url);
  const metric = async (pattern: RegExp) => {
    const text = await (await fetch(crawler.metricsUrl)).text();
    return Number(
      text
        .split('\n')
        .find((line) => pattern.test(line))
        ?.split(' ')
        .at(-1) ?? 0,
    );
  };
  const sourceFailures = async (source: string) =>
    (await harness.failures()).filter((f) => f.source === source);

  it('defers a host on a 429 for robots.txt and crawls it normally after Retry-After', async () => {
    await waitFor('both pages published', () =>
      ['/ok/a', '/ok/b'].every((path) => published(busyRobots.origin + path).length === 1),
    );
    const [first, second] = busyRobots.requestsTo('/robots.txt');
    assert.ok(second, 'robots.txt asked again');
    assert.ok(
      second.at - first!.doneAt! >= 3000,
      `asked again ${second.at - first!.doneAt!} ms after the 429`,
    );
    // Nothing reached the host between the 429 and the Retry-After.
    assert.ok(busyRobots.requests.filter((r) => r.at < second.at).length === 1);
    assert.deepEqual(await sourceFailures('busy-robots'), []);
    assert.match(
      crawler.output(),
      /robots\.txt unavailable.*"reason":"http_429"|"reason":"http_429".*robots\.txt unavailable/,
    );
    const host = new URL(busyRobots.origin).host;
    assert.equal(
      await metric(
        new RegExp(
          `crawler_robots_unavailable_total\\{source="busy-robots",host="${host}",reason="http_429"`,
        ),
      ),
      1,
    );
  });

  it('ends a long robots.txt outage in one host-level failure, no page failed or disallowed', async () => {
    const [failure] = await waitFor('host-level failure', async () => {
      const found = await sourceFailures('down-robots');
      return found.length > 0 && found;
    });
    assert.deepEqual(
      [failure!.reason, failure!.url],
      ['robots_unavailable', `${downRobots.origin}/robots.txt`],
    );
    // Every page job has met the outage by now; still one failure, and no page was requested.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    assert.equal((await sourceFailures('down-robots')).length, 1);
    assert.deepEqual(
      downRobots.requests.filter((r) => r.path !== '/robots.txt'),
      [],
    );
  });

  it('spaces the hops of a redirect chain by the host delay, from the end of each response', async () => {
    await waitFor('chain target published', () => published(`${hops.origin}/redirect/3/hops`).length === 1);
    const paths = hops.requests.map((r) => r.path);
    assert.deepEqual(paths, [
      '/robots.txt',
      '/redirect/3/hops',
      '/redirect/2/hops',
      '/redirect/1/hops',
      '/redirect/0/hops',
      '/ok/hops',
    ]);
    const gaps = hops.requests.slice(1).map((r, i) => r.at - (hops.requests[i] as SiteRequest).doneAt!);
    assert.ok(
      gaps.every((gap) => gap >= HOP_DELAY_MS),
      `gaps ${gaps} ms`,
    );
  });

  it("spaces a hop to another host by that host's delay, its robots.txt included", async () => {
    await waitFor('all three pages published', () =>
      [`${away.origin}/away/moved`, `${target.origin}/ok/first`, `${target.origin}/ok/second`].every(
        (url) => published(url).length === 1,
      ),
    );
    assert.deepEqual(target.requests.map((r) => r.path).sort(), [
      '/ok/first',
      '/ok/moved',
      '/ok/second',
      '/robots.txt',
    ]);
    const gaps = target.requests.slice(1).map((r, i) => r.at - (target.requests[i] as SiteRequest).doneAt!);
    assert.ok(
      gaps.every((gap) => gap >= HOP_DELAY_MS),
      `gaps ${gaps} ms`,
    );
  });

  it('fetches an article reached through a redirect chain and by its direct link once', async () => {
    await waitFor('article published', () =>
      harness.pages.some((page) => page.finalUrl === `${dup.origin}/ok/dup`),
    );
    await waitFor('chain requested', () => dup.requestsTo('/redirect/').length > 0);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    assert.equal(dup.requestsTo('/ok/dup').length, 1);
    assert.equal(harness.pages.filter((page) => page.finalUrl === `${dup.origin}/ok/dup`).length, 1);
  });

  it('follows article and listing links only, counts dead links, and says why each page was fetched', async () => {
    const at = (n: number) => `${daily.origin}${dailyArticlePath(n)}`;
    // 1–3 and 6 from the feed (1–3 from the front too), 4 and the section from the front, 5 from
    // the section, 11–16 from articles.
    const articles = [1, 2, 3, 4, 5, 6, 11, 12, 13, 14, 15, 16];
    // Generous: the crawl runs on two cores shared with Kafka, the store and other test files.
    await waitFor('every article published', () => articles.every((n) => published(at(n)).length >= 1), {
      timeoutMs: 120_000,
    });
    // Then exactly once each (a second publication is a failure with its own message, not a timeout).
    assert.deepEqual(
      articles.filter((n) => published(at(n)).length !== 1),
      [],
      'every article published exactly once',
    );
    await waitFor(
      'every withdrawn article tried',
      () => daily.requestsTo('/daily/news/2024/06/18/withdrawn-').length === 6,
    );
    await new Promise((resolve) => setTimeout(resolve, 2000));
    for (const link of DAILY_NAVIGATION)
      assert.deepEqual(daily.requestsTo(link), [], `${link} not requested`);
    // Linked from every article: requested once, remembered.
    assert.equal(daily.requestsTo('/daily/news/2024/06/18/withdrawn-report-number-1').length, 1);
    assert.equal(await metric(/crawler_dead_links_total\{source="daily",status="404"/), 6);
    const context = (url: string) => published(url)[0]?.crawlContext;
    assert.equal(context(`${daily.origin}/daily/`), 'start');
    // 1–3 are on the front page too: whichever was read first.
    assert.ok([1, 2, 3].every((n) => ['feed', 'listing-link'].includes(context(at(n))!)));
    assert.equal(context(at(6)), 'feed');
    assert.equal(context(`${daily.origin}/daily/politics/`), 'listing-link');
    assert.deepEqual(
      [4, 5].map((n) => context(at(n))),
      ['listing-link', 'listing-link'],
    );
    assert.deepEqual(
      [11, 15, 16].map((n) => context(at(n))),
      ['article-link', 'article-link', 'article-link'],
    );
  });

  it('admits at most its budget of article links per round', async () => {
    await waitFor('front articles published', () =>
      [1, 2, 3, 4].every((n) => published(`${budget.origin}${dailyArticlePath(n)}`).length === 1),
    );
    await new Promise((resolve) => setTimeout(resolve, 3000));
    // Every article-shaped link of the article pages (related articles, withdrawn ones).
    const listed = [1, 2, 3, 4, 5].map(dailyArticlePath);
    const fromArticles = budget.requests.filter(
      (r) => /report-number-\d+$/.test(r.path) && !listed.includes(r.path),
    );
    const rounds = roundOf(BUDGET_ROUND_MINUTES) - firstRound + 1;
    const paths = fromArticles.map((r) => r.path).join(' ');
    if (rounds === 1) assert.equal(fromArticles.length, BUDGET, paths);
    else assert.ok(fromArticles.length >= BUDGET && fromArticles.length <= BUDGET * rounds, paths);
  });

  it('lists only failures an operator can act on, one per cause', async () => {
    await waitFor('vanished article failed', async () => (await sourceFailures('vanish')).length > 0);
    // The next round of the daily source: its dead start URL fails again, still one failure.
    await harness.queueJob({
      source: 'daily',
      url: `${daily.origin}/daily/old-section/`,
      kind: 'page',
      round: 1,
    });
    await waitFor('dead start URL asked again', () => daily.requestsTo('/daily/old-section/').length === 2);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const listed = (await harness.failures()).map((f) => `${f.source} ${f.reason} ${f.url}`).sort();
    assert.deepEqual(listed, [
      `daily http_404 ${daily.origin}/daily/old-section/`,
      `down-robots robots_unavailable ${downRobots.origin}/robots.txt`,
      `vanish http_404 ${daily.origin}/vanishing/story`,
    ]);
  });
});
