// The status page in headless Chromium (Debian's chromium, driven by playwright-core): it shows
// the pipeline's sources and counts, and replays a failure from its button. Saves a screenshot
// to .artifacts/status-page.png.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { SourceConfig, TOPICS } from '@newsflow/contracts';
import { internalsOf } from '@newsflow/store/internals';
import { REPO_ROOT, waitFor } from '@newsflow/testing';
import { type BrowserContext, chromium } from 'playwright-core';
import { type Harness, makeArticle, startHarness } from './harness.ts';

const CHROMIUM = '/usr/bin/chromium';

describe('status page in a browser', { timeout: 180_000 }, () => {
  let api: Harness;
  let browser: BrowserContext;
  let profile: string;

  before(async () => {
    api = await startHarness('status-page', { topics: true });
    const now = Date.now();
    await api.store.sources.create(
      SourceConfig.parse({ name: 'alpha', startUrls: ['https://alpha.example/'] }),
    );
    await api.store.sources.recordActivity('alpha', { lastCrawlAt: new Date(now - 120_000) });
    await api.store.sources.create(
      SourceConfig.parse({ name: 'beta', startUrls: ['https://beta.example/'], enabled: false }),
    );
    // Made silent: 4 new articles in the same 3 hours yesterday, none in the last 3 hours.
    await api.store.sources.create(
      SourceConfig.parse({ name: 'gamma', startUrls: ['https://gamma.example/'] }),
    );
    const articles = Array.from({ length: 12 }, (_, i) =>
      makeArticle(i + 1, {
        source: i < 9 ? 'alpha' : 'beta',
        firstSeenAt: new Date(now - i * 30_000),
        updatedAt: new Date(now - i * 30_000),
      }),
    );
    const yesterday = Array.from({ length: 4 }, (_, i) =>
      makeArticle(100 + i, {
        source: 'gamma',
        firstSeenAt: new Date(now - 24 * 3600_000 - (i + 1) * 1800_000),
        updatedAt: new Date(now - 24 * 3600_000),
      }),
    );
    await internalsOf(api.store)
      .collection('articles')
      .insertMany([...articles, ...yesterday] as never[]);
    for (const article of articles.slice(0, 9))
      await api.store.rawPages.save({
        _id: article._id,
        url: article.url,
        source: 'alpha',
        contentType: 'text/html',
        fetchedAt: new Date(now - 60_000),
        timezone: null,
        language: null,
        html: '<html></html>',
      });
    const topic = api.isolation.topicPrefix + TOPICS.pagesFetched;
    await api.store.failures.record(
      {
        stage: 'parser',
        topic,
        kind: 'permanent',
        reason: 'no_content',
        message: 'page looks like an article but has no title or body',
        attempts: 1,
        payloadRef: { topic, partition: 0, offset: '7', key: 'https://alpha.example/broken', jobId: null },
        payload: '{"url":"https://alpha.example/broken"}',
        traceId: 'trace-broken',
        source: 'alpha',
        url: 'https://alpha.example/broken',
      },
      new Date(now - 30_000),
    );
    profile = mkdtempSync(join(tmpdir(), 'newsflow-chromium-'));
    browser = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
      viewport: { width: 1366, height: 768 },
    });
  });
  after(async () => {
    await browser?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
    await api?.close();
  });

  it('shows sources and counts, replays a failure, and saves a screenshot', async () => {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' && !/401/.test(message.text())) problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));

    const started = Date.now();
    await page.goto(`${api.base}/`);
    // Keys mode: the page asks for a key first.
    await page.locator('#message').filter({ hasText: 'API key' }).waitFor();
    await page.fill('#key', api.adminKey);
    await page.click('#key-form button');
    await page.locator('#sources tbody tr').nth(1).waitFor();
    const loadedMs = Date.now() - started;

    const sources = await page.locator('#sources tbody tr').allInnerTexts();
    assert.equal(sources.length, 3);
    assert.match(sources[0]!, /^alpha\tyes\t2 min ago\t–\t9\t9\t1\t10\.0 %\t?$/);
    assert.match(sources[1]!, /^beta\tno\t/);
    const totals = await page.locator('#totals').innerText();
    assert.match(totals, /16\s*articles/);
    assert.match(totals, /1\s*open failures/);
    assert.match(totals, /1\s*alerts/);

    // The silent source fires NewsflowSourceSilent, linking to its status and its failures.
    const alert = page.locator('#alerts li[data-alert="NewsflowSourceSilent"]');
    assert.equal(await alert.count(), 1);
    assert.match(
      await alert.innerText(),
      /Source gamma stopped producing: no new article in 3 h \(about 4 in the same hours before\)/,
    );
    assert.deepEqual(
      await alert.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href'))),
      ['/?source=gamma', '/?source=gamma#failures'],
    );
    // Each source's sparkline: 24 hourly bars against its usual level; the silent one in red.
    const sparklines = page.locator('#sources svg.activity');
    assert.equal(await sparklines.count(), 3);
    assert.equal(await sparklines.nth(0).locator('rect').count(), 24);
    assert.match(
      (await sparklines.nth(0).getAttribute('aria-label')) ?? '',
      /^9 new articles in 24 h, usually 0$/,
    );
    assert.match((await sparklines.nth(2).getAttribute('class')) ?? '', /silent/);
    assert.match(
      (await sparklines.nth(2).getAttribute('aria-label')) ?? '',
      /^0 new articles in 24 h, usually 2$/,
    );
    assert.match(await page.locator('#throughput').innerText(), /new articles/);
    assert.match(await page.locator('#queues').innerText(), /fetch/);

    const row = page.locator('#failures tbody tr');
    assert.equal(await row.count(), 1);
    assert.match(await row.innerText(), /parser\talpha\tno_content/);
    mkdirSync(join(REPO_ROOT, '.artifacts'), { recursive: true });
    await page.screenshot({ path: join(REPO_ROOT, '.artifacts/status-page.png'), fullPage: true });

    // The alert's failures link filters the failures list by source.
    const filtered = await browser.newPage();
    await filtered.goto(`${api.base}/?source=gamma#failures`);
    await filtered.locator('#sources tbody tr').nth(2).waitFor();
    assert.equal(await filtered.locator('#failures tbody tr').count(), 0);
    assert.match(await filtered.locator('#failure-filter').innerText(), /source=gamma/);
    await filtered.close();

    await row.locator('button').click();
    await row.locator('button', { hasText: 'replayed' }).waitFor();
    const failure = await internalsOf(api.store).collection('failures').findOne({ traceId: 'trace-broken' });
    assert.equal(failure?.status, 'replayed');
    const admin = await api.pipeline.admin();
    await waitFor('the replayed message on its topic', async () => {
      const offsets = await admin.fetchTopicOffsets(api.isolation.topicPrefix + TOPICS.pagesFetched);
      return offsets.reduce((sum, p) => sum + Number(p.high), 0) === 1;
    });
    assert.deepEqual(problems, []);
    console.log(`status page: sources shown ${loadedMs} ms after navigation (key entry included)`);
  });
});
