import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { brotliCompressSync, deflateRawSync, deflateSync, gzipSync } from 'node:zlib';
import { PageFetcher } from '../src/fetch/page-fetcher.ts';
import { html, startSite, type TestSite } from './helpers/misbehaving-site.ts';

const ARTICLE =
  '<html><head><title>Armenian, US officials discuss</title></head><body><p>Text</p></body></html>';

describe('fetchPage against a misbehaving local site', () => {
  let site: TestSite;
  let fetcher: PageFetcher;
  const openResponses = new Set<import('node:http').ServerResponse>();

  before(async () => {
    site = await startSite({
      '/article': html(ARTICLE, { etag: '"v1"', 'last-modified': 'Tue, 18 Jun 2024 05:21:00 GMT' }),
      '/conditional': (req, res) => {
        if (req.headers['if-none-match'] === '"v1"') {
          res.writeHead(304, { etag: '"v1"' });
          res.end();
          return;
        }
        res.writeHead(200, { 'content-type': 'text/html', etag: '"v1"' });
        res.end(ARTICLE);
      },
      '/missing': (_req, res) => {
        res.writeHead(404, { 'content-type': 'text/html' });
        res.end('gone');
      },
      '/removed': (_req, res) => {
        res.writeHead(410);
        res.end();
      },
      '/broken': (_req, res) => {
        res.writeHead(500, { 'content-type': 'text/html' });
        res.end('oops');
      },
      '/busy': (_req, res) => {
        res.writeHead(429, { 'retry-after': '120' });
        res.end();
      },
      '/maintenance': (_req, res) => {
        res.writeHead(503, { 'retry-after': new Date(Date.now() + 30_000).toUTCString() });
        res.end();
      },
      '/silent': (_req, res) => {
        // Headers never come: hold the socket open until the test closes the server.
        openResponses.add(res);
      },
      '/huge': (_req, res) => {
        // 50 MB of HTML, streamed in 64 KiB chunks as long as the client keeps reading.
        res.writeHead(200, { 'content-type': 'text/html' });
        const chunk = Buffer.alloc(64 * 1024, 'a');
        let sent = 0;
        const pump = () => {
          while (sent < 50 * 1024 * 1024) {
            sent += chunk.length;
            if (!res.write(chunk)) return void res.once('drain', pump);
          }
          res.end();
        };
        res.on('close', () => {
          site.requests.push({ path: `/huge-sent:${sent}`, headers: {} });
        });
        pump();
      },
      '/huge-declared': (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(50 * 1024 * 1024) });
        res.write('<html>');
        openResponses.add(res);
      },
      '/bomb': (_req, res) => {
        // 1 GB of zeros would be the real bomb; 64 MB already crosses every limit and
        // compresses to ~64 KB, so the test stays fast.
        res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
        res.end(bomb);
      },
      '/gzipped': (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
        res.end(gzipSync(ARTICLE));
      },
      '/stalled-body': (_req, res) => {
        // Headers and a first chunk, then silence.
        res.writeHead(200, { 'content-type': 'text/html' });
        res.write('<html><body>');
        openResponses.add(res);
      },
      '/trickle': (_req, res) => {
        // A byte every 50 ms: never idle long enough for the body timeout, never finished.
        res.writeHead(200, { 'content-type': 'text/html' });
        const timer = setInterval(() => res.write('a'), 50);
        res.on('close', () => clearInterval(timer));
      },
      '/deflate': (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'deflate' });
        res.end(deflateSync(ARTICLE));
      },
      '/raw-deflate': (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'deflate' });
        res.end(deflateRawSync(ARTICLE));
      },
      '/brotli': (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'br' });
        res.end(brotliCompressSync(ARTICLE));
      },
      '/compress': (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'compress' });
        res.end(ARTICLE);
      },
      '/loop-a': (_req, res) => {
        res.writeHead(302, { location: '/loop-b' });
        res.end();
      },
      '/loop-b': (_req, res) => {
        res.writeHead(301, { location: '/loop-a?' });
        res.end();
      },
      '/chain': (req, res) => {
        const n = Number(new URL(req.url!, 'http://x').searchParams.get('n') ?? '0');
        res.writeHead(302, { location: n >= 10 ? '/article' : `/chain?n=${n + 1}` });
        res.end();
      },
      '/moved': (_req, res) => {
        res.writeHead(301, { location: '/article#top' });
        res.end();
      },
      '/feed.json': (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/feed+json' });
        res.end('{}');
      },
    });
    fetcher = new PageFetcher({
      allowPrivate: true,
      headersTimeoutMs: 300,
      bodyTimeoutMs: 1000,
      totalTimeoutMs: 5000,
      userAgent: 'newsflow-test/1 (+https://example.test/contact)',
    });
  });

  after(async () => {
    for (const res of openResponses) res.destroy();
    await fetcher.close();
    await site.close();
  });

  it('returns the bytes, content type, validators and timings of a page', async () => {
    const result = await fetcher.fetch(`${site.origin}/article`);
    assert.equal(result.ok, true);
    if (!result.ok) return;
    assert.equal(Buffer.from(result.body).toString(), ARTICLE);
    assert.equal(result.contentType, 'text/html; charset=utf-8');
    assert.equal(result.etag, '"v1"');
    assert.equal(result.lastModified, 'Tue, 18 Jun 2024 05:21:00 GMT');
    assert.equal(result.notModified, false);
    assert.ok(result.timings.headersMs !== null && result.timings.headersMs <= result.timings.totalMs);
    const seen = site.requests.find((r) => r.path === '/article');
    assert.equal(seen?.headers['user-agent'], 'newsflow-test/1 (+https://example.test/contact)');
  });

  it('answers notModified on a 304 to a conditional GET', async () => {
    const result = await fetcher.fetch(`${site.origin}/conditional`, { etag: '"v1"' });
    assert.equal(result.ok && result.notModified, true);
    assert.equal(result.ok && result.body.byteLength, 0);
    const fresh = await fetcher.fetch(`${site.origin}/conditional`, { etag: '"v0"' });
    assert.equal(fresh.ok && fresh.notModified, false);
  });

  it('sends If-Modified-Since from a stored Last-Modified', async () => {
    await fetcher.fetch(`${site.origin}/article`, { lastModified: 'Tue, 18 Jun 2024 05:21:00 GMT' });
    const seen = site.requests.findLast((r) => r.path === '/article');
    assert.equal(seen?.headers['if-modified-since'], 'Tue, 18 Jun 2024 05:21:00 GMT');
  });

  it('classifies 404 and 410 as permanent', async () => {
    const missing = await fetcher.fetch(`${site.origin}/missing`);
    assert.deepEqual(!missing.ok && [missing.kind, missing.reason, missing.status], [
      'permanent',
      'http_404',
      404,
    ]);
    const removed = await fetcher.fetch(`${site.origin}/removed`);
    assert.deepEqual(!removed.ok && [removed.kind, removed.reason], ['permanent', 'http_410']);
  });

  it('classifies 500 as transient', async () => {
    const result = await fetcher.fetch(`${site.origin}/broken`);
    assert.deepEqual(!result.ok && [result.kind, result.reason, result.status], [
      'transient',
      'http_5xx',
      500,
    ]);
  });

  it('reads Retry-After from a 429 (seconds) and a 503 (HTTP-date)', async () => {
    const busy = await fetcher.fetch(`${site.origin}/busy`);
    assert.deepEqual(!busy.ok && [busy.kind, busy.reason, busy.retryAfterMs], [
      'transient',
      'http_429',
      120_000,
    ]);
    const maintenance = await fetcher.fetch(`${site.origin}/maintenance`);
    assert.equal(!maintenance.ok && maintenance.reason, 'http_5xx');
    const wait = !maintenance.ok ? maintenance.retryAfterMs : null;
    // HTTP-dates have one-second resolution.
    assert.ok(wait !== null && wait > 28_000 && wait <= 30_000, `retryAfterMs ${wait}`);
  });

  it('times out when headers never come', async () => {
    const started = performance.now();
    const result = await fetcher.fetch(`${site.origin}/silent`);
    assert.deepEqual(!result.ok && [result.kind, result.reason], ['transient', 'timeout']);
    assert.ok(performance.now() - started < 3000);
  });

  it('times out a body that stalls after the headers', async () => {
    const result = await fetcher.fetch(`${site.origin}/stalled-body`);
    assert.deepEqual(!result.ok && [result.kind, result.reason], ['transient', 'timeout']);
    assert.ok(result.timings.totalMs < 3000, `${result.timings.totalMs} ms`);
  });

  it('times out a body that trickles past the total deadline', async () => {
    const impatient = new PageFetcher({ allowPrivate: true, totalTimeoutMs: 400 });
    const result = await impatient.fetch(`${site.origin}/trickle`);
    await impatient.close();
    assert.deepEqual(!result.ok && [result.kind, result.reason], ['transient', 'timeout']);
    assert.ok(result.timings.totalMs < 2000, `${result.timings.totalMs} ms`);
  });

  it('decodes deflate (wrapped and raw) and brotli, refuses unknown encodings', async () => {
    for (const path of ['/deflate', '/raw-deflate', '/brotli']) {
      const result = await fetcher.fetch(`${site.origin}${path}`);
      assert.equal(result.ok && Buffer.from(result.body).toString(), ARTICLE, path);
    }
    const unknown = await fetcher.fetch(`${site.origin}/compress`);
    assert.deepEqual(!unknown.ok && [unknown.kind, unknown.reason], ['permanent', 'unsupported_encoding']);
  });

  it('refuses a 50 MB body while streaming it', async () => {
    const result = await fetcher.fetch(`${site.origin}/huge`);
    assert.deepEqual(!result.ok && [result.kind, result.reason], ['permanent', 'too_large']);
    // The server must not have managed to push all 50 MB: the client hung up early.
    await new Promise((resolve) => setTimeout(resolve, 50));
    const sent = site.requests.find((r) => r.path.startsWith('/huge-sent:'));
    assert.ok(sent, 'server saw the connection close');
    assert.ok(Number(sent.path.split(':')[1]) < 20 * 1024 * 1024, sent.path);
  });

  it('refuses a declared oversize body before reading it', async () => {
    const result = await fetcher.fetch(`${site.origin}/huge-declared`);
    assert.equal(!result.ok && result.reason, 'too_large');
  });

  it('stops a gzip bomb at the decompression limit', async () => {
    const result = await fetcher.fetch(`${site.origin}/bomb`);
    assert.deepEqual(!result.ok && [result.kind, result.reason], ['permanent', 'decompression_limit']);
  });

  it('decompresses an ordinary gzip page', async () => {
    const result = await fetcher.fetch(`${site.origin}/gzipped`);
    assert.equal(result.ok && Buffer.from(result.body).toString(), ARTICLE);
    assert.ok(result.ok && result.wireBytes < ARTICLE.length + 30);
  });

  it('detects a redirect loop and records each hop', async () => {
    const result = await fetcher.fetch(`${site.origin}/loop-a`);
    assert.equal(!result.ok && result.reason, 'redirect_loop');
    assert.deepEqual(
      result.redirects.map((hop) => [new URL(hop.from).pathname, new URL(hop.to).pathname, hop.status]),
      [
        ['/loop-a', '/loop-b', 302],
        ['/loop-b', '/loop-a', 301],
      ],
    );
  });

  it('gives up after 5 redirects', async () => {
    const result = await fetcher.fetch(`${site.origin}/chain`);
    assert.equal(!result.ok && result.reason, 'too_many_redirects');
    assert.equal(result.redirects.length, 6);
  });

  it('follows a redirect and reports the final URL without its fragment', async () => {
    const result = await fetcher.fetch(`${site.origin}/moved`);
    assert.equal(result.ok && result.finalUrl, `${site.origin}/article`);
    assert.deepEqual(
      result.redirects.map((hop) => hop.status),
      [301],
    );
  });

  it('asks beforeRedirect before each hop: its wait is not fetch time, and it may stop the chain', async () => {
    const short = new PageFetcher({ allowPrivate: true, totalTimeoutMs: 400 });
    try {
      const seen: string[] = [];
      const waited = await short.fetch(`${site.origin}/chain`, {
        beforeRedirect: async (hop) => {
          seen.push(new URL(hop.to).search);
          await new Promise((resolve) => setTimeout(resolve, 150));
          return seen.length < 3 ? 'follow' : 'stop';
        },
      });
      // Three waits of 150 ms exceed the 400 ms deadline: only request time counts.
      assert.deepEqual(!waited.ok && [waited.reason, waited.redirects.length], ['redirect_stopped', 3]);
      assert.deepEqual(seen, ['?n=1', '?n=2', '?n=3']);
    } finally {
      await short.close();
    }
  });

  it('refuses a non-HTML page unless the caller accepts it', async () => {
    const page = await fetcher.fetch(`${site.origin}/feed.json`);
    assert.deepEqual(!page.ok && [page.kind, page.reason], ['permanent', 'not_html']);
    const feed = await fetcher.fetch(`${site.origin}/feed.json`, { accept: ['application/feed+json'] });
    assert.equal(feed.ok, true);
  });

  it('refuses a URL robots.txt disallows, on any hop', async () => {
    const robots = { isAllowed: async (url: string) => !url.endsWith('/article') };
    const result = await fetcher.fetch(`${site.origin}/moved`, { robots });
    assert.deepEqual(!result.ok && [result.reason, result.url], ['disallowed', `${site.origin}/article`]);
  });

  it('rejects a non-http URL as invalid', async () => {
    const result = await fetcher.fetch('file:///etc/passwd');
    assert.equal(!result.ok && result.reason, 'invalid_url');
  });
});

const bomb = gzipSync(Buffer.alloc(64 * 1024 * 1024));
