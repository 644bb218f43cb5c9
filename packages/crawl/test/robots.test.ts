import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FetchResult } from '../src/fetch/fetch-result.ts';
import { PageFetcher } from '../src/fetch/page-fetcher.ts';
import { MemoryRobotsCache } from '../src/robots/robots-cache.ts';
import { RobotsGate, RobotsUnavailableError, robotsFetcher } from '../src/robots/robots-gate.ts';
import { parseRobotsTxt } from '../src/robots/robots-rules.ts';
import { html, startSite, type TestSite } from './helpers/misbehaving-site.ts';

const ROBOTS = `# caliber.az style
User-agent: *
Disallow: /admin/
Disallow: /search
Crawl-delay: 2

User-agent: newsflow
Disallow: /private/
Allow: /private/press-releases/
Crawl-delay: 5

User-agent: BadBot
Disallow: /

Sitemap: https://caliber.az/sitemap.xml
Sitemap: https://caliber.az/news-sitemap.xml
`;

describe('parseRobotsTxt', () => {
  const rules = parseRobotsTxt('https://caliber.az/robots.txt', ROBOTS, 'newsflow');

  it('applies the group naming our product token, not the * group', () => {
    assert.equal(rules.isAllowed('https://caliber.az/private/memo'), false);
    assert.equal(rules.isAllowed('https://caliber.az/private/press-releases/1'), true);
    // Our own group replaces '*': /admin/ is only disallowed for others.
    assert.equal(rules.isAllowed('https://caliber.az/admin/'), true);
    assert.equal(rules.isAllowed('https://caliber.az/en/post/1'), true);
  });

  it('reads Crawl-delay and Sitemap lines', () => {
    assert.equal(rules.crawlDelayMs(), 5000);
    assert.deepEqual(rules.sitemaps(), [
      'https://caliber.az/sitemap.xml',
      'https://caliber.az/news-sitemap.xml',
    ]);
  });

  it('falls back to * for another agent and caps an extreme Crawl-delay', () => {
    const other = parseRobotsTxt('https://caliber.az/robots.txt', ROBOTS, 'otherbot');
    assert.equal(other.isAllowed('https://caliber.az/search?q=x'), false);
    assert.equal(other.crawlDelayMs(), 2000);
    const slow = parseRobotsTxt(
      'https://x.test/robots.txt',
      'User-agent: *\nCrawl-delay: 86400\n',
      'newsflow',
    );
    assert.equal(slow.crawlDelayMs(), 60_000);
  });

  it('supports wildcards and $ anchors', () => {
    const wild = parseRobotsTxt(
      'https://x.test/robots.txt',
      'User-agent: *\nDisallow: /*.pdf$\nDisallow: /*?print=\n',
      'newsflow',
    );
    assert.equal(wild.isAllowed('https://x.test/files/report.pdf'), false);
    assert.equal(wild.isAllowed('https://x.test/files/report.pdf.html'), true);
    assert.equal(wild.isAllowed('https://x.test/post/1?print=1'), false);
  });

  it('does not allow URLs of another origin', () => {
    assert.equal(rules.isAllowed('https://other.test/en/post/1'), false);
  });
});

describe('MemoryRobotsCache', () => {
  it('expires entries and evicts the oldest beyond its size', async () => {
    let now = 1000;
    const cache = new MemoryRobotsCache({ maxEntries: 2, now: () => now });
    const entry = (url: string) => ({ state: 'allow_all' as const, text: '', url, fetchedAt: now });
    await cache.set('https://a.test', entry('a'), 100);
    assert.equal((await cache.get('https://a.test'))?.url, 'a');
    now = 1100;
    assert.equal(await cache.get('https://a.test'), undefined);
    await cache.set('https://a.test', entry('a'), 1000);
    await cache.set('https://b.test', entry('b'), 1000);
    await cache.set('https://c.test', entry('c'), 1000);
    assert.equal(await cache.get('https://a.test'), undefined);
    assert.equal((await cache.get('https://c.test'))?.url, 'c');
  });
});

describe('RobotsGate', () => {
  const answer = (status: 'ok' | number, text = ''): FetchResult =>
    status === 'ok'
      ? {
          ok: true,
          notModified: false,
          requestedUrl: 'https://x.test/robots.txt',
          finalUrl: 'https://x.test/robots.txt',
          status: 200,
          contentType: 'text/plain',
          headers: {},
          body: new TextEncoder().encode(text),
          wireBytes: text.length,
          truncated: false,
          etag: null,
          lastModified: null,
          redirects: [],
          timings: { startedAt: 0, headersMs: 0, totalMs: 0 },
        }
      : {
          ok: false,
          kind: status >= 500 ? 'transient' : 'permanent',
          reason: status >= 500 ? 'http_5xx' : status === 404 ? 'http_404' : 'http_4xx',
          message: `HTTP ${status}`,
          requestedUrl: 'https://x.test/robots.txt',
          url: 'https://x.test/robots.txt',
          status,
          retryAfterMs: null,
          redirects: [],
          timings: { startedAt: 0, headersMs: 0, totalMs: 0 },
        };

  it('fetches robots.txt once per origin, even for concurrent checks', async () => {
    let fetches = 0;
    const gate = new RobotsGate({
      userAgent: 'Mozilla/5.0 (compatible; newsflow/0.1; +https://x.test/bot)',
      fetchRobots: async () => {
        fetches++;
        return answer('ok', 'User-agent: newsflow\nDisallow: /private/\n');
      },
    });
    const checks = await Promise.all([
      gate.isAllowed('https://x.test/a'),
      gate.isAllowed('https://x.test/private/b'),
      gate.isAllowed('https://x.test/c'),
    ]);
    assert.deepEqual(checks, [true, false, true]);
    assert.equal(fetches, 1);
  });

  it('allows everything on a 4xx other than 429 (RFC 9309)', async () => {
    for (const status of [401, 403, 404, 410]) {
      const missing = new RobotsGate({ userAgent: 'newsflow', fetchRobots: async () => answer(status) });
      assert.equal(await missing.isAllowed('https://x.test/any'), true, `HTTP ${status}`);
    }
  });

  it('neither allows nor disallows on 429 or 5xx: it throws, caches nothing, and asks again', async () => {
    for (const status of [429, 500, 503]) {
      let fetches = 0;
      const gate = new RobotsGate({
        userAgent: 'newsflow',
        fetchRobots: async () => {
          fetches++;
          if (fetches > 1) return answer('ok', 'User-agent: *\nAllow: /\n');
          const failure = answer(status);
          return failure.ok ? failure : { ...failure, kind: 'transient', retryAfterMs: 3000 };
        },
      });
      await assert.rejects(gate.isAllowed('https://x.test/any'), (error: unknown) => {
        assert.ok(error instanceof RobotsUnavailableError);
        assert.equal(error.status, status);
        assert.equal(error.retryAfterMs, 3000);
        return true;
      });
      assert.equal(await gate.isAllowed('https://x.test/any'), true, `after HTTP ${status}`);
      assert.equal(fetches, 2);
    }
  });

  it('re-fetches after the cache entry expires', async () => {
    let fetches = 0;
    let now = 0;
    const gate = new RobotsGate({
      userAgent: 'newsflow',
      cache: new MemoryRobotsCache({ now: () => now }),
      ttlMs: 1000,
      fetchRobots: async () => {
        fetches++;
        return answer('ok', fetches === 1 ? 'User-agent: *\nDisallow: /\n' : 'User-agent: *\nAllow: /\n');
      },
    });
    assert.equal(await gate.isAllowed('https://x.test/a'), false);
    now = 999;
    assert.equal(await gate.isAllowed('https://x.test/a'), false);
    now = 1000;
    assert.equal(await gate.isAllowed('https://x.test/a'), true);
    assert.equal(fetches, 2);
  });
});

describe('robots.txt honoured against a local site', () => {
  let site: TestSite;
  let fetcher: PageFetcher;
  before(async () => {
    site = await startSite({
      '/robots.txt': (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.end('User-agent: *\nDisallow: /drafts/\nCrawl-delay: 1.5\nSitemap: /sitemap.xml\n');
      },
      '/drafts/unpublished': html('<p>draft</p>'),
      '/big/robots.txt': (_req, res) => {
        // 600 KiB: rules past the first 500 KiB must be ignored, not fail the whole file.
        res.writeHead(200, { 'content-type': 'text/plain' });
        const padding = `# ${'x'.repeat(98)}\n`.repeat(6000);
        res.end(`User-agent: *\nDisallow: /early/\n${padding}Disallow: /late/\n`);
      },
      '/en/post/1': html('<p>article</p>'),
    });
    fetcher = new PageFetcher({ allowPrivate: true });
  });
  after(async () => {
    await fetcher.close();
    await site.close();
  });

  it('refuses disallowed paths without requesting them, and reads Crawl-delay', async () => {
    const gate = new RobotsGate({ userAgent: fetcher.userAgent, fetchRobots: robotsFetcher(fetcher) });
    const draft = await fetcher.fetch(`${site.origin}/drafts/unpublished`, { robots: gate });
    assert.deepEqual(!draft.ok && [draft.kind, draft.reason], ['permanent', 'disallowed']);
    const article = await fetcher.fetch(`${site.origin}/en/post/1`, { robots: gate });
    assert.equal(article.ok, true);
    assert.equal(await gate.crawlDelayMs(`${site.origin}/`), 1500);
    assert.deepEqual(
      site.requests.map((r) => r.path),
      ['/robots.txt', '/en/post/1'],
    );
  });

  it('reads the first 500 KiB of an oversized robots.txt', async () => {
    const fetchRobots = robotsFetcher(fetcher);
    const result = await fetchRobots(`${site.origin}/big/robots.txt`);
    assert.equal(result.ok && result.truncated, true);
    assert.equal(result.ok && result.body.byteLength, 500 * 1024);
    const rules = parseRobotsTxt(
      `${site.origin}/robots.txt`,
      new TextDecoder().decode(result.ok ? result.body : new Uint8Array()),
      'newsflow',
    );
    assert.equal(rules.isAllowed(`${site.origin}/early/1`), false);
    assert.equal(rules.isAllowed(`${site.origin}/late/1`), true);
  });
});
