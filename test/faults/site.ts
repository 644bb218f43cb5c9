// The fault suite's news site: a front page listing `count` articles, each with its own text
// (distinct enough that none is a near-duplicate of another), and a log of every request, so the
// suite can tell which article pages were fetched more than once.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FaultSite {
  origin: string;
  /** The article paths, one per expected article. */
  articles: string[];
  /** How many times each article path was fetched. */
  fetches: Map<string, number>;
  /** How many times the front page (the only listing) was fetched. */
  frontFetches(): number;
  close(): Promise<void>;
}

// Words to build distinct paragraphs from: a seeded pick per article keeps every run the same.
const WORDS = `minister council harbour ferry railway bridge festival museum orchestra library
university hospital vaccine rainfall drought harvest vineyard orchard fishermen glacier volcano
satellite telescope startup factory exports tariffs inflation currency pension budget election
parliament mayor district village mountain river coastline lighthouse airport runway cargo freight
pipeline reservoir turbine solar wind battery chessboard marathon football wrestling archive
manuscript painter sculptor novelist composer theatre cinema documentary journalist broadcaster`
  .split(/\s+/)
  .filter(Boolean);

function seeded(seed: number) {
  let state = seed * 2654435761 + 1;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

function articleText(index: number): { title: string; paragraphs: string[] } {
  const random = seeded(index + 1);
  const pick = () => WORDS[Math.floor(random() * WORDS.length)]!;
  const sentence = () => {
    const words = Array.from({ length: 12 + Math.floor(random() * 10) }, pick);
    return `${words.join(' ').replace(/^./, (c) => c.toUpperCase())} in district ${index}.`;
  };
  const paragraphs = Array.from({ length: 5 }, () => Array.from({ length: 4 }, sentence).join(' '));
  return { title: `Report ${index}: ${pick()} and ${pick()} in district ${index}`, paragraphs };
}

function articlePage(index: number, origin: string): string {
  const { title, paragraphs } = articleText(index);
  const day = String(1 + (index % 28)).padStart(2, '0');
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${title} | Fault Times</title>
<link rel="canonical" href="${origin}/news/${index}">
<meta property="og:type" content="article"><meta property="og:title" content="${title}">
<meta property="article:published_time" content="2024-06-${day}T09:${String(index % 60).padStart(2, '0')}:00+04:00">
</head><body><header><a href="/">Fault Times</a></header><main><article>
<h1>${title}</h1>
${paragraphs.map((paragraph) => `<p>${paragraph}</p>`).join('\n')}
</article></main><footer>© Fault Times</footer></body></html>`;
}

function frontPage(count: number): string {
  const items = Array.from(
    { length: count },
    (_, i) => `<li><a href="/news/${i}">${articleText(i).title}</a></li>`,
  ).join('\n');
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Fault Times</title></head>
<body><header><a href="/">Fault Times</a></header><main><h1>Latest news</h1><ul>${items}</ul></main></body></html>`;
}

export async function startFaultSite(count: number): Promise<FaultSite> {
  const fetches = new Map<string, number>();
  let front = 0;
  let origin = '';
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://site').pathname;
    const html = (status: number, body: string) => {
      res.writeHead(status, { 'content-type': 'text/html; charset=utf-8' });
      res.end(body);
    };
    if (path === '/robots.txt') {
      res.writeHead(200, { 'content-type': 'text/plain' });
      return res.end('User-agent: *\nAllow: /\n');
    }
    if (path === '/') {
      front++;
      return html(200, frontPage(count));
    }
    const article = /^\/news\/(\d+)$/.exec(path);
    if (article && Number(article[1]) < count) {
      fetches.set(path, (fetches.get(path) ?? 0) + 1);
      return html(200, articlePage(Number(article[1]), origin));
    }
    html(404, '<!DOCTYPE html><html><body><h1>Not found</h1></body></html>');
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    articles: Array.from({ length: count }, (_, i) => `/news/${i}`),
    fetches,
    frontFetches: () => front,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
