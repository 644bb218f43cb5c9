// A local news site on 127.0.0.1 that misbehaves the ways real ones do, for the crawler's
// integration tests. It records every request (host, path, arrival time, headers), so tests can
// assert what reached the site, how often and how far apart.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';

export interface SiteRequest {
  /** The Host header (host:port). */
  host: string;
  path: string;
  /** Epoch ms when the request arrived, and when its answer was sent (if it was). */
  at: number;
  doneAt?: number;
  headers: IncomingMessage['headers'];
}

export interface MisbehavingSiteOptions {
  /** robots.txt body; default allows everything and lists /sitemap-index.xml. */
  robotsTxt?: string;
  /** Seconds in the `Retry-After` of /busy/*; default 1. */
  retryAfterSeconds?: number;
  /** Listen address; any 127.0.0.0/8 address works on Linux. Default 127.0.0.1. */
  host?: string;
  /** The first robots.txt requests get these answers, in order; later ones the robots.txt. */
  robotsAnswers?: Array<{ status: number; retryAfterSeconds?: number }>;
  /** Every robots.txt request gets this status (an outage that does not end). */
  robotsStatus?: number;
  /** Related-article links on each article of the /daily/ news site (default 1). */
  relatedPerArticle?: number;
  /** Origin that /away/<name> redirects to (as <origin>/ok/<name>): a hop to another host. */
  redirectTo?: string;
}

export interface MisbehavingSite {
  origin: string;
  port: number;
  requests: SiteRequest[];
  /** Requests whose path (query included) starts with `prefix`. */
  requestsTo(prefix: string): SiteRequest[];
  /** Bytes written for /huge before the client hung up (or all of them). */
  hugeBytesSent(): number;
  close(): Promise<void>;
}

/** Russian text the /cp1251 page carries, encoded as windows-1251 on the wire. */
export const CP1251_TEXT = 'Министр иностранных дел встретился с делегацией';

// 50 MB: the issue's oversized body; sent in 64 KiB chunks so a client can hang up midway.
const HUGE_BYTES = 50 * 1024 * 1024;
const HUGE_CHUNK = Buffer.alloc(64 * 1024, 'a');
// 64 MB of zeros gzips to ~64 KB and crosses any sane decompression limit.
const GZIP_BOMB = gzipSync(Buffer.alloc(64 * 1024 * 1024));

export function articleHtml(title: string, body = 'Body text of the article.'): string {
  return `<!doctype html><html><head><title>${title}</title></head><body><article><h1>${title}</h1><p>${body}</p></article></body></html>`;
}

/** windows-1251 for Cyrillic letters, ASCII as is (enough for the test page). */
export function encodeCp1251(text: string): Buffer {
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code < 0x80) bytes.push(code);
    else if (code >= 0x410 && code <= 0x44f) bytes.push(code - 0x410 + 0xc0);
    else if (code === 0x401) bytes.push(0xa8);
    else if (code === 0x451) bytes.push(0xb8);
    else bytes.push(0x3f);
  }
  return Buffer.from(bytes);
}

export async function startMisbehavingSite(options: MisbehavingSiteOptions = {}): Promise<MisbehavingSite> {
  const requests: SiteRequest[] = [];
  const seenPaths = new Map<string, number>();
  let hugeBytes = 0;
  let robotsRequests = 0;
  const listenHost = options.host ?? '127.0.0.1';
  let origin = '';

  const routes: Array<[RegExp, (req: IncomingMessage, res: ServerResponse, path: string) => void]> = [
    [
      /^\/robots\.txt$/,
      (_req, res) => {
        const failure = options.robotsStatus
          ? { status: options.robotsStatus }
          : options.robotsAnswers?.[robotsRequests];
        robotsRequests++;
        if (failure) {
          const retryAfter = failure.retryAfterSeconds;
          return html(
            res,
            '<h1>not now</h1>',
            failure.status,
            retryAfter ? { 'retry-after': String(retryAfter) } : {},
          );
        }
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.end(options.robotsTxt ?? `User-agent: *\nAllow: /\nSitemap: ${origin}/sitemap-index.xml\n`);
      },
    ],
    [/^\/ok\//, (_req, res, path) => html(res, articleHtml(`Page ${path}`))],
    // A same-host redirect chain: /redirect/<n>/<name> → … → /redirect/0/<name> → /ok/<name>.
    [
      /^\/redirect\/\d+\//,
      (_req, res, path) => {
        const [, hops, name] = /^\/redirect\/(\d+)\/(.*)$/.exec(path)!;
        redirect(res, Number(hops) === 0 ? `/ok/${name}` : `/redirect/${Number(hops) - 1}/${name}`);
      },
    ],
    [
      /^\/away\//,
      (_req, res, path) => redirect(res, `${options.redirectTo}/ok/${path.slice('/away/'.length)}`),
    ],
    // An article that answers once, then is taken down.
    [
      /^\/vanishing\//,
      (_req, res, path) =>
        seenPaths.get(path) === 1 ? html(res, dailyArticle(path, [])) : html(res, '<h1>gone</h1>', 404),
    ],
    [/^\/(dup|vanish)-feed\.xml$/, (_req, res, path) => rss(res, origin, FEEDS[path] ?? [])],
    ...dailyRoutes(() => origin, options.relatedPerArticle ?? 1),
    [
      // Each story names its canonical URL (without the query a link may have added).
      /^\/news\/story-/,
      (_req, res, path) =>
        html(
          res,
          articleHtml(`Story ${path}`).replace(
            '</head>',
            `<link rel="canonical" href="${origin}${path.split('?')[0]}"></head>`,
          ),
        ),
    ],
    [/^\/status\/404/, (_req, res) => html(res, '<h1>gone</h1>', 404)],
    [/^\/status\/410/, (_req, res) => html(res, '<h1>gone</h1>', 410)],
    [
      // 500 on the first request for the path, 200 after.
      /^\/flaky\//,
      (_req, res, path) =>
        seenPaths.get(path) === 1
          ? html(res, '<h1>internal error</h1>', 500)
          : html(res, articleHtml(`Recovered ${path}`)),
    ],
    [
      // 429 with Retry-After on the first request for the path, 200 after.
      /^\/busy\//,
      (_req, res, path) =>
        seenPaths.get(path) === 1
          ? html(res, '<h1>slow down</h1>', 429, { 'retry-after': String(options.retryAfterSeconds ?? 1) })
          : html(res, articleHtml(`Served ${path}`)),
    ],
    [
      // Answers after 300 ms: long enough for concurrent fetches to overlap visibly.
      /^\/slow\//,
      (_req, res, path) => void setTimeout(() => html(res, articleHtml(`Slow ${path}`)), 300),
    ],
    [
      // The connection is reset on the first request for the path, 200 after.
      /^\/reset\//,
      (req, res, path) =>
        seenPaths.get(path) === 1 ? req.socket.resetAndDestroy() : html(res, articleHtml(`Back ${path}`)),
    ],
    [/^\/hang/, () => undefined], // headers never come; the socket stays open until close()
    [
      /^\/huge/,
      (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html' });
        let sent = 0;
        const pump = () => {
          while (sent < HUGE_BYTES) {
            sent += HUGE_CHUNK.length;
            hugeBytes = sent;
            if (!res.write(HUGE_CHUNK)) return void res.once('drain', pump);
          }
          res.end();
        };
        pump();
      },
    ],
    [
      // 4.5 MB of article text: under the 5 MB page limit, over Kafka's default 1 MB message size.
      /^\/big/,
      (_req, res) => {
        const paragraph = (i: number) =>
          `<p>Paragraph ${i}: the minister met the delegation to discuss trade.</p>`;
        const body = Array.from({ length: 62_000 }, (_, i) => paragraph(i)).join('');
        html(res, articleHtml('A very long page', body));
      },
    ],
    [
      /^\/redirect-loop\/(a|b)/,
      (_req, res, path) => redirect(res, path.endsWith('/a') ? '/redirect-loop/b' : '/redirect-loop/a'),
    ],
    [
      /^\/gzip-bomb/,
      (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
        res.end(GZIP_BOMB);
      },
    ],
    [
      /^\/cp1251/,
      (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html; charset=windows-1251' });
        res.end(encodeCp1251(articleHtml('Новости', CP1251_TEXT)));
      },
    ],
    [
      // Validators on every answer; a matching If-None-Match gets 304 and no body.
      /^\/etag\//,
      (req, res, path) => {
        const etag = `"v1-${path.length}"`;
        if (req.headers['if-none-match'] === etag) {
          res.writeHead(304, { etag });
          res.end();
        } else html(res, articleHtml(`Stable ${path}`), 200, { etag });
      },
    ],
    [
      // An article corrected after its first fetch: version 1, then version 2 from the second request on.
      /^\/changing\//,
      (_req, res, path) =>
        html(
          res,
          articleHtml(
            `Changing ${path}`,
            seenPaths.get(path) === 1 ? 'First version of the story.' : 'Corrected version of the story.',
          ),
        ),
    ],
    [
      // A sitemap of one article that changes and one that answers 304 when asked again.
      /^\/revisits\/sitemap\.xml$/,
      (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/xml' });
        res.end(
          '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">' +
            `<url><loc>${origin}/changing/story</loc></url><url><loc>${origin}/etag/revisit-story</loc></url>` +
            '</urlset>',
        );
      },
    ],
    [
      /^\/news\/$/,
      (_req, res) =>
        html(
          res,
          `<html><head><title>News</title><link rel="alternate" type="application/rss+xml" title="Latest" href="/news/feed.xml"></head><body><h1>News</h1></body></html>`,
        ),
    ],
    [
      /^\/news\/feed\.xml$/,
      (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/rss+xml' });
        res.end(
          `<?xml version="1.0"?><rss version="2.0"><channel><title>Latest</title><link>${origin}/news/</link>` +
            `<item><title>One</title><link>${origin}/news/story-1?utm_source=rss&amp;utm_medium=feed</link></item>` +
            `<item><title>Two</title><link>${origin}/news/story-2</link></item>` +
            '</channel></rss>',
        );
      },
    ],
    [
      // Announced as RSS, but an HTML error page.
      /^\/broken-feed\.xml$/,
      (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/rss+xml' });
        res.end('<html><body><h1>Service temporarily unavailable</h1></body></html>');
      },
    ],
    [
      // With an ETag: an unchanged index answers 304.
      /^\/sitemap-index\.xml$/,
      (req, res) => {
        if (req.headers['if-none-match'] === '"index-v1"') {
          res.writeHead(304, { etag: '"index-v1"' });
          return void res.end();
        }
        res.writeHead(200, { 'content-type': 'application/xml', etag: '"index-v1"' });
        res.end(
          '<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">' +
            `<sitemap><loc>${origin}/sitemap-news.xml.gz</loc></sitemap></sitemapindex>`,
        );
      },
    ],
    [
      /^\/sitemap-news\.xml\.gz$/,
      (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/gzip' });
        res.end(
          gzipSync(
            '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" ' +
              'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">' +
              `<url><loc>${origin}/news/story-3</loc><news:news><news:publication><news:name>Test Daily</news:name>` +
              '<news:language>en</news:language></news:publication>' +
              '<news:publication_date>2024-06-18T09:21:00+04:00</news:publication_date>' +
              '<news:title>Officials discuss partnership</news:title></news:news></url>' +
              `<url><loc>${origin}/news/story-1?fbclid=abc123</loc></url>` +
              '</urlset>',
          ),
        );
      },
    ],
  ];

  const server: Server = createServer((req, res) => {
    const path = req.url ?? '/';
    const request: SiteRequest = { host: req.headers.host ?? '', path, at: Date.now(), headers: req.headers };
    requests.push(request);
    res.on('finish', () => {
      request.doneAt = Date.now();
    });
    seenPaths.set(path, (seenPaths.get(path) ?? 0) + 1);
    const route = routes.find(([pattern]) => pattern.test(path));
    if (route) route[1](req, res, path);
    else html(res, '<h1>not found</h1>', 404);
  });
  await new Promise<void>((resolve) => server.listen(0, listenHost, resolve));
  const { port } = server.address() as AddressInfo;
  origin = `http://${listenHost}:${port}`;
  return {
    origin,
    port,
    requests,
    requestsTo: (prefix) => requests.filter((request) => request.path.startsWith(prefix)),
    hugeBytesSent: () => hugeBytes,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function html(res: ServerResponse, body: string, status = 200, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', ...headers });
  res.end(body);
}

function redirect(res: ServerResponse, location: string) {
  res.writeHead(302, { location });
  res.end();
}

function rss(res: ServerResponse, origin: string, paths: string[]) {
  res.writeHead(200, { 'content-type': 'application/rss+xml' });
  const items = paths.map((path) => `<item><title>${path}</title><link>${origin}${path}</link></item>`);
  res.end(
    `<?xml version="1.0"?><rss version="2.0"><channel><title>Feed</title>${items.join('')}</channel></rss>`,
  );
}

/** Feeds of single scenarios: a redirect chain and its target; an article taken down later. */
const FEEDS: Record<string, string[]> = {
  '/dup-feed.xml': ['/redirect/2/dup', '/ok/dup'],
  '/vanish-feed.xml': ['/vanishing/story'],
};

/**
 * The path of article n of the /daily/ news site: in its section, dated, with a slug, like most
 * news CMSs. Articles 5 and 6 are in politics, the others in news.
 */
export function dailyArticlePath(n: number): string {
  return `/daily/${n === 5 || n === 6 ? 'politics' : 'news'}/2024/06/18/minister-report-number-${n}`;
}

/**
 * Links every /daily/ page carries that lead to neither articles nor listings: site furniture,
 * some of it dead (the relative `broken-nav-link` answers 404).
 */
export const DAILY_NAVIGATION = [
  '/daily/about',
  '/daily/login?next=/daily/',
  '/daily/tag/elections',
  '/daily/author/jane-doe',
  '/daily/newsletter',
  '/daily/broken-nav-link',
];

// Links inside an article's text that lead to site furniture, as CMSs put them (byline, tags,
// a newsletter box): the parser reports them with the article's other links.
const DAILY_BODY_FURNITURE = [
  '/daily/author/jane-doe',
  '/daily/tag/elections',
  '/daily/newsletter',
  '/daily/login?next=/daily/',
];

function dailyArticle(path: string, links: string[]): string {
  const paragraph =
    'The minister met the visiting delegation on Tuesday to discuss trade, energy and transport ' +
    'links between the two countries, officials said after the talks in the capital.';
  const inline = (link: string) => `<p>${paragraph} <a href="${link}">Read more about this</a>.</p>`;
  return `<!doctype html><html><head><title>Report ${path}</title><meta property="og:type" content="article"></head>
<body><nav><ul>${DAILY_NAVIGATION.map((link) => `<li><a href="${link}">${link}</a></li>`).join('')}</ul></nav>
<article><h1>Report ${path}</h1><p>${paragraph}</p>${[...links, ...DAILY_BODY_FURNITURE].map(inline).join('')}</article>
</body></html>`;
}

function dailyListing(title: string, links: string[]): string {
  const items = links
    .map((link) => `<li><a href="${link}">Minister report headline ${link}</a></li>`)
    .join('');
  return `<!doctype html><html><head><title>${title}</title></head><body><nav><ul>${DAILY_NAVIGATION.map(
    (link) => `<li><a href="${link}">${link}</a></li>`,
  ).join('')}</ul></nav><h1>${title}</h1><ul>${items}</ul></body></html>`;
}

/**
 * /daily/: a small news site as real ones are laid out. The front page lists articles 1–4 and
 * the politics section; the section lists articles 4–5; the feed has articles 1–3 and 6. Each article
 * 1–10 links `related` further articles (n + 10·i) that only article pages lead to, a withdrawn
 * article of its own and withdrawn article 1 (both 404), and the navigation. Anything else
 * under /daily/ is 404.
 */
function dailyRoutes(
  origin: () => string,
  related: number,
): Array<[RegExp, (req: IncomingMessage, res: ServerResponse, path: string) => void]> {
  return [
    [
      /^\/daily\/$/,
      (_req, res) =>
        html(res, dailyListing('Daily', [1, 2, 3, 4].map(dailyArticlePath).concat('/daily/politics/'))),
    ],
    [
      /^\/daily\/politics\/$/,
      (_req, res) => html(res, dailyListing('Politics', [4, 5].map(dailyArticlePath))),
    ],
    [/^\/daily\/feed\.xml$/, (_req, res) => rss(res, origin(), [1, 2, 3, 6].map(dailyArticlePath))],
    [
      /^\/daily\/(news|politics)\/2024\/06\/18\/minister-report-number-\d+$/,
      (_req, res, path) => {
        const n = Number(path.split('-').at(-1));
        const links =
          n <= 10
            ? [
                ...Array.from({ length: related }, (_, i) => dailyArticlePath(n + 10 * (i + 1))),
                `/daily/news/2024/06/18/withdrawn-report-number-${n}`,
                '/daily/news/2024/06/18/withdrawn-report-number-1',
                '/daily/politics/',
              ]
            : ['/daily/politics/'];
        html(res, dailyArticle(path, links));
      },
    ],
  ];
}
