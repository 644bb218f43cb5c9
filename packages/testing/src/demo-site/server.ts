import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DEMO_ARTICLES } from './articles.ts';
import { allNewsPage, articlePage, articlePath, frontPage, infoPage, sectionPage } from './pages.ts';

export interface DemoSite {
  /** e.g. http://127.0.0.1:43121 */
  origin: string;
  /** Every request path served, in order: tests count fetches with it. */
  requests: string[];
  close(): Promise<void>;
}

/** Serves the demo news site on loopback. Port 0 picks a free one. */
export async function startDemoSite(options: { port?: number; host?: string } = {}): Promise<DemoSite> {
  const requests: string[] = [];
  let origin = '';
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://demo').pathname.replace(/\/+$/, '') || '/';
    requests.push(path);
    const html = (body: string) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(body);
    };
    if (path === '/robots.txt') {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end('User-agent: *\nAllow: /\n');
      return;
    }
    if (path === '/') return html(frontPage());
    if (path === '/news') return html(allNewsPage());
    const info = infoPage(path);
    if (info) return html(info);
    const article = DEMO_ARTICLES.find((candidate) => articlePath(candidate) === path);
    if (article) return html(articlePage(article, origin));
    const section = /^\/([a-z]+)$/.exec(path) ? sectionPage(path.slice(1)) : null;
    if (section) return html(section);
    res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
    res.end('<!DOCTYPE html><html><body><h1>Page not found</h1></body></html>');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve);
  });
  const address = server.address() as AddressInfo;
  origin = `http://${options.host ?? '127.0.0.1'}:${address.port}`;
  return {
    origin,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
