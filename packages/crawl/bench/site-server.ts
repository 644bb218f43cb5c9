// The benchmark's news site, run as its own process so the crawler's CPU and memory are
// measured alone. Serves real article pages (aeb-dev corpus) round-robin, gzip-compressed
// when asked, on 127.0.0.1 for any Host header (the bench's 50 virtual hosts).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

function corpusPages(): { pages: Buffer[]; source: string } {
  const candidates = [
    process.env.NEWSFLOW_CORPUS,
    resolve(import.meta.dirname, '../../../../shared/corpus'),
    resolve(import.meta.dirname, '../../../../../shared/corpus'),
  ];
  for (const root of candidates) {
    const dir = root ? join(root, 'aeb-dev/html') : '';
    if (dir && existsSync(dir)) {
      const files = readdirSync(dir)
        .filter((f) => f.endsWith('.html'))
        .sort();
      return {
        pages: files.map((f) => readFileSync(join(dir, f))),
        source: `${dir} (${files.length} pages)`,
      };
    }
  }
  const synthetic = `<html><body>${'<p>Armenian Foreign Minister Ararat Mirzoyan met US officials.</p>'.repeat(800)}</body></html>`;
  return { pages: [Buffer.from(synthetic)], source: 'synthetic 50 KB page (corpus not found)' };
}

const { pages, source } = corpusPages();
const gzipped = pages.map((page) => gzipSync(page));
let served = 0;

const server = createServer((req, res) => {
  const i = served++ % pages.length;
  const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
  res.writeHead(200, {
    'content-type': 'text/html; charset=utf-8',
    ...(gzip ? { 'content-encoding': 'gzip' } : {}),
  });
  res.end(gzip ? gzipped[i] : pages[i]);
});
server.keepAliveTimeout = 30_000;
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo;
  const rawBytes = pages.reduce((sum, p) => sum + p.length, 0);
  const gzBytes = gzipped.reduce((sum, p) => sum + p.length, 0);
  process.send?.({
    port,
    source,
    meanPageBytes: rawBytes / pages.length,
    meanGzipBytes: gzBytes / pages.length,
  });
});
process.on('disconnect', () => process.exit(0));
