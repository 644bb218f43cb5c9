// The focus bench's news site, its own process: H virtual hosts (127.0.0.1–127.0.0.H), each a
// news site whose pages carry heavy navigation and dead links, as real ones do. Per host:
// - 60 articles /<section>/2024/06/<day>/<slug>-<n> in 4 sections, newest first by n;
// - a front page (30 newest), section fronts (10 newest of the section, then ?page=2 with the
//   rest), an RSS feed of the 20 newest;
// - on every page: 4 sections, 20 tags, 10 authors, 12 footer links, 8 social links (other
//   sites), 10 "most read" articles, and 16 dead relative links (promos, old archive pages,
//   print views, scripts);
// - on every article page, in its text: 3 related articles, a tag, the author, the newsletter;
//   every 10th article also links a withdrawn article (404).
// Anything else answers 404. Every request is counted by kind; the bench asks for the counts
// over IPC (any message).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

const hosts = Number(process.argv[2] ?? 5);
const ARTICLES = 60;
const SECTIONS = ['politics', 'business', 'world', 'culture'];
const TAGS = Array.from({ length: 20 }, (_, i) => `topic-${String.fromCharCode(97 + i)}`);
const AUTHORS = Array.from({ length: 10 }, (_, i) => `writer-${String.fromCharCode(97 + i)}`);
const FOOTER = [
  'about',
  'contact',
  'privacy',
  'terms',
  'careers',
  'advertise',
  'newsletter',
  'login',
  'register',
  'cookies',
  'help',
  'search',
];
const DEAD_RELATIVE = [
  'promo/summer-sale-2019',
  'promo/subscribe-offer',
  'archive/old-page.php?id=3',
  'archive/2019/index.html',
  'print/',
  'live/',
  'weather/today',
  'events/calendar',
  'video/latest',
  'podcast/episode-12',
  'js/app.min.js',
  'css/site.css',
  'img/logo.png',
  'special/elections-2020',
  'partners/sponsored-content',
  'mobile/',
];

const words = [
  'minister',
  'meets',
  'delegation',
  'trade',
  'talks',
  'energy',
  'ferry',
  'harvest',
  'library',
  'metro',
];
const slug = (n: number) =>
  `${words[n % 10]}-${words[(n * 3 + 1) % 10]}-${words[(n * 7 + 2) % 10]}-report-${n}`;
const section = (n: number) => SECTIONS[n % SECTIONS.length]!;
const articlePath = (n: number) =>
  `/${section(n)}/2024/06/${String(1 + (n % 28)).padStart(2, '0')}/${slug(n)}`;
const newest = (count: number, filter: (n: number) => boolean = () => true) =>
  Array.from({ length: ARTICLES }, (_, i) => ARTICLES - i)
    .filter(filter)
    .slice(0, count);

const counts = {
  robots: 0,
  feed: 0,
  sitemap: 0,
  article: 0,
  listing: 0,
  deadArticle: 0,
  dead: 0,
  furniture: 0,
};

function navigation(): string {
  const link = (href: string, text: string) => `<a href="${href}">${text}</a>`;
  return [
    ...SECTIONS.map((s) => link(`/${s}/`, s)),
    ...TAGS.map((t) => link(`/tag/${t}`, t)),
    ...AUTHORS.map((a) => link(`/author/${a}`, a)),
    ...FOOTER.map((f) => link(`/${f}`, f)),
    ...['facebook', 'x', 'instagram', 'youtube', 'telegram', 'linkedin', 'tiktok', 'vk'].map((s) =>
      link(`https://${s}.example/newsdaily`, s),
    ),
    ...newest(10).map((n) => link(articlePath(n), `Most read: ${slug(n).replace(/-/g, ' ')}`)),
    ...DEAD_RELATIVE.map((d) => link(d, d)),
  ].join(' ');
}
const NAV = navigation();

function page(title: string, main: string, meta = ''): string {
  return `<!doctype html><html><head><title>${title}</title>${meta}</head><body><header><nav>${NAV}</nav></header><main>${main}</main><footer><nav>${NAV}</nav></footer></body></html>`;
}
const headlines = (ns: number[]) =>
  `<ul>${ns.map((n) => `<li><a href="${articlePath(n)}">Minister report headline number ${n} of the day</a></li>`).join('')}</ul>`;

function articlePage(n: number): string {
  const paragraph =
    'The minister met the visiting delegation on Tuesday to discuss trade, energy and transport links between the two countries, officials said after the talks.';
  const related = [n - 1, n - 2, n - 7].filter((r) => r >= 1).map((r) => articlePath(r));
  const inline = [
    ...related,
    `/tag/${TAGS[n % TAGS.length]}`,
    `/author/${AUTHORS[n % AUTHORS.length]}`,
    '/newsletter',
    ...(n % 10 === 0 ? [`/${section(n)}/2024/06/01/${slug(n + 1000)}`] : []),
  ];
  const body = inline.map((href) => `<p>${paragraph} <a href="${href}">Read more</a>.</p>`).join('');
  return page(
    `Report ${n}`,
    `<article><h1>Minister report ${n}</h1><p>${paragraph}</p>${body}</article>`,
    '<meta property="og:type" content="article">',
  );
}

function handle(origin: () => string) {
  return (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const path = url.pathname;
    const send = (status: number, body: string, type = 'text/html; charset=utf-8') => {
      res.writeHead(status, { 'content-type': type });
      res.end(body);
    };
    if (path === '/robots.txt') {
      counts.robots++;
      return send(200, 'User-agent: *\nAllow: /\n', 'text/plain');
    }
    if (path === '/rss') {
      counts.feed++;
      const items = newest(20).map(
        (n) => `<item><title>Report ${n}</title><link>${origin()}${articlePath(n)}</link></item>`,
      );
      return send(
        200,
        `<?xml version="1.0"?><rss version="2.0"><channel><title>News</title>${items.join('')}</channel></rss>`,
        'application/rss+xml',
      );
    }
    if (path === '/') {
      counts.listing++;
      return send(200, page('News', headlines(newest(30))));
    }
    const sectionMatch = /^\/([a-z]+)\/$/.exec(path);
    if (sectionMatch && SECTIONS.includes(sectionMatch[1]!)) {
      counts.listing++;
      const all = newest(ARTICLES, (n) => section(n) === sectionMatch[1]);
      const second = url.searchParams.get('page') === '2';
      const more = second ? '' : `<a href="/${sectionMatch[1]}/?page=2">More ${sectionMatch[1]} news</a>`;
      return send(200, page(sectionMatch[1]!, headlines(second ? all.slice(10) : all.slice(0, 10)) + more));
    }
    const article = /-report-(\d+)$/.exec(path);
    if (article) {
      const n = Number(article[1]);
      if (n >= 1 && n <= ARTICLES && path === articlePath(n)) {
        counts.article++;
        return send(200, articlePage(n));
      }
      counts.deadArticle++;
      return send(404, page('Not found', '<h1>Not found</h1>'));
    }
    const furniture = /^\/(tag|author)\//.test(path) || FOOTER.includes(path.slice(1));
    if (furniture) {
      counts.furniture++;
      return send(200, page(path, `<h1>${path}</h1>`));
    }
    counts.dead++;
    send(404, page('Not found', '<h1>Not found</h1>'));
  };
}

const origins: string[] = [];
for (let h = 0; h < hosts; h++) {
  let origin = '';
  const server = createServer(handle(() => origin));
  await new Promise<void>((done) => server.listen(0, `127.0.0.${h + 1}`, done));
  origin = `http://127.0.0.${h + 1}:${(server.address() as AddressInfo).port}`;
  origins.push(origin);
}
process.send?.({ origins, articlesPerHost: ARTICLES });
process.on('message', () => process.send?.({ counts }));
process.on('disconnect', () => process.exit(0));
