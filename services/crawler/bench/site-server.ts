// The bench's news site, its own process so the crawler's CPU and memory are measured alone:
// 50 virtual hosts (127.0.0.1–127.0.0.50, all loopback on Linux), each with a front page, a
// sitemap of its articles, and the articles themselves — real pages of the aeb-dev corpus served
// round-robin, gzip-compressed when asked.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const hosts = Number(process.argv[2] ?? 50);
const pagesPerHost = Number(process.argv[3] ?? 40);

function corpusPages(): { pages: Buffer[]; from: string } {
  const root = process.env.NEWSFLOW_CORPUS ?? resolve(import.meta.dirname, '../../../../shared/corpus');
  const dir = join(root, 'aeb-dev/html');
  if (existsSync(dir)) {
    const files = readdirSync(dir)
      .filter((file) => file.endsWith('.html'))
      .sort();
    return {
      pages: files.map((file) => readFileSync(join(dir, file))),
      from: `${dir} (${files.length} pages)`,
    };
  }
  const page = `<html><body>${'<p>Armenian Foreign Minister Ararat Mirzoyan met US officials.</p>'.repeat(800)}</body></html>`;
  return { pages: [Buffer.from(page)], from: 'a synthetic 50 KB page (corpus not found)' };
}

const { pages, from } = corpusPages();
const gzipped = pages.map((page) => gzipSync(page));
let served = 0;

function handle(origin: () => string) {
  return (req: IncomingMessage, res: ServerResponse) => {
    const path = req.url ?? '/';
    if (path === '/robots.txt') {
      res.writeHead(200, { 'content-type': 'text/plain' });
      return res.end('User-agent: *\nAllow: /\n');
    }
    if (path === '/sitemap.xml') {
      const urls = Array.from({ length: pagesPerHost }, (_, i) => `<url><loc>${origin()}/a/${i}</loc></url>`);
      res.writeHead(200, { 'content-type': 'application/xml' });
      return res.end(
        `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${urls.join('')}</urlset>`,
      );
    }
    const i = served++ % pages.length;
    const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    res.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
    });
    res.end(gzip ? gzipped[i] : pages[i]);
  };
}

const origins: string[] = [];
for (let h = 0; h < hosts; h++) {
  let origin = '';
  const server = createServer(handle(() => origin));
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((done) => server.listen(0, `127.0.0.${h + 1}`, done));
  origin = `http://127.0.0.${h + 1}:${(server.address() as AddressInfo).port}`;
  origins.push(origin);
}
const meanPageBytes = pages.reduce((sum, page) => sum + page.length, 0) / pages.length;
process.send?.({ origins, from, meanPageBytes });
process.on('disconnect', () => process.exit(0));
