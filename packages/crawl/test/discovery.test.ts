import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { discoverFeeds, sitemapsFromRobotsTxt } from '../src/discovery/discover-sources.ts';
import { FeedParseError, parseFeed } from '../src/discovery/feeds.ts';
import { createLinkFilter } from '../src/discovery/link-filter.ts';
import { parseSitemap, SitemapParseError } from '../src/discovery/sitemaps.ts';
import { PageFetcher } from '../src/fetch/page-fetcher.ts';
import { startSite, type TestSite } from './helpers/misbehaving-site.ts';

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>Caliber.Az &amp; Region</title>
  <link>https://caliber.az/</link>
  <atom:link href="https://caliber.az/rss" rel="self" type="application/rss+xml"/>
  <item>
    <title><![CDATA[Armenian, US officials discuss expanding <b>strategic</b> partnership]]></title>
    <link>https://caliber.az/en/post/armenian-us-officials?utm_source=rss</link>
    <guid isPermaLink="false">245001</guid>
    <pubDate>Tue, 18 Jun 2024 09:21:00 +0400</pubDate>
    <description>Armenian Foreign Minister Ararat Mirzoyan met&#8230;</description>
  </item>
  <item>
    <title>Only a guid</title>
    <guid>https://caliber.az/en/post/only-guid</guid>
    <dc:date>2024-06-18T04:00:00Z</dc:date>
  </item>
  <item><title>No link at all</title></item>
  <item><title>Relative</title><link>/en/post/relative</link></item>
</channel>
</rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title type="text">Example News</title>
  <link rel="self" href="https://news.example/atom.xml"/>
  <link href="https://news.example/"/>
  <entry>
    <title type="html">Storm &amp;amp; floods</title>
    <link rel="replies" href="https://news.example/a/1#comments"/>
    <link rel="alternate" type="text/html" href="/a/1"/>
    <id>tag:news.example,2024:1</id>
    <updated>2024-06-18T10:00:00+02:00</updated>
    <published>2024-06-18T09:00:00+02:00</published>
    <summary>Rain.</summary>
  </entry>
  <entry>
    <title>Updated only</title>
    <link href="https://news.example/a/2"/>
    <updated>2024-06-19T00:00:00Z</updated>
  </entry>
</feed>`;

const JSON_FEED = JSON.stringify({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'JSON News',
  home_page_url: 'https://json.example/',
  items: [
    { id: 1, url: 'https://json.example/p/1', title: 'One', date_published: '2024-06-18T09:21:00+04:00' },
    { id: '2', external_url: '/p/2', content_text: 'Two' },
    { id: '3' },
  ],
});

describe('parseFeed', () => {
  it('reads RSS 2.0 items with links, guids, dates and cleaned titles', () => {
    const feed = parseFeed(RSS, 'https://caliber.az/rss');
    assert.equal(feed.format, 'rss');
    assert.equal(feed.title, 'Caliber.Az & Region');
    assert.equal(feed.siteUrl, 'https://caliber.az/');
    assert.deepEqual(
      feed.items.map((item) => item.url),
      [
        'https://caliber.az/en/post/armenian-us-officials?utm_source=rss',
        'https://caliber.az/en/post/only-guid',
        'https://caliber.az/en/post/relative',
      ],
    );
    const [first, second] = feed.items;
    assert.equal(first!.title, 'Armenian, US officials discuss expanding strategic partnership');
    assert.equal(first!.publishedAt, '2024-06-18T05:21:00.000Z');
    assert.equal(first!.id, '245001');
    assert.equal(first!.summary, 'Armenian Foreign Minister Ararat Mirzoyan met…');
    assert.equal(second!.publishedAt, '2024-06-18T04:00:00.000Z');
  });

  it('reads Atom entries through their alternate link, relative to the feed', () => {
    const feed = parseFeed(ATOM, 'https://news.example/atom.xml');
    assert.equal(feed.format, 'atom');
    assert.equal(feed.siteUrl, 'https://news.example/');
    assert.deepEqual(
      feed.items.map((item) => [item.url, item.title, item.publishedAt]),
      [
        ['https://news.example/a/1', 'Storm & floods', '2024-06-18T07:00:00.000Z'],
        ['https://news.example/a/2', 'Updated only', '2024-06-19T00:00:00.000Z'],
      ],
    );
  });

  it('reads JSON Feed items', () => {
    const feed = parseFeed(JSON_FEED, 'https://json.example/feed.json');
    assert.equal(feed.format, 'json');
    assert.deepEqual(
      feed.items.map((item) => [item.url, item.id, item.publishedAt]),
      [
        ['https://json.example/p/1', '1', '2024-06-18T05:21:00.000Z'],
        ['https://json.example/p/2', '2', null],
      ],
    );
  });

  it('reads RSS 1.0 (RDF)', () => {
    const rdf = `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
      <channel rdf:about="https://old.example/"><title>Old</title><link>https://old.example/</link></channel>
      <item rdf:about="https://old.example/1"><title>First</title><link>https://old.example/1</link><dc:date>2024-01-02T03:04:05Z</dc:date></item>
    </rdf:RDF>`;
    const feed = parseFeed(rdf, 'https://old.example/rss');
    assert.deepEqual(
      feed.items.map((item) => [item.url, item.publishedAt]),
      [['https://old.example/1', '2024-01-02T03:04:05.000Z']],
    );
  });

  it('refuses what is not a feed', () => {
    assert.throws(() => parseFeed('<html><body>hi</body></html>', 'https://x.test/'), FeedParseError);
    assert.throws(() => parseFeed('{"items": []}', 'https://x.test/'), FeedParseError);
  });
});

const URLSET = `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <url><loc>https://caliber.az/en/post/1</loc><lastmod>2024-06-18</lastmod></url>
  <url><loc> https://caliber.az/en/post/2 </loc></url>
  <url><loc>javascript:alert(1)</loc></url>
</urlset>`;

const NEWS_SITEMAP = `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:n="http://www.google.com/schemas/sitemap-news/0.9">
  <url>
    <loc>https://caliber.az/en/post/armenian-us-officials</loc>
    <n:news>
      <n:publication><n:name>Caliber.Az</n:name><n:language>en</n:language></n:publication>
      <n:publication_date>2024-06-18T09:21:00+04:00</n:publication_date>
      <n:title>Armenian, US officials discuss expanding strategic partnership</n:title>
    </n:news>
  </url>
</urlset>`;

const INDEX = `<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <sitemap><loc>https://caliber.az/sitemap-1.xml.gz</loc><lastmod>2024-06-18T10:00:00Z</lastmod></sitemap>
  <sitemap><loc>/news-sitemap.xml</loc></sitemap>
</sitemapindex>`;

describe('parseSitemap', () => {
  it('reads a urlset, skipping unusable locations', () => {
    const sitemap = parseSitemap(URLSET, 'https://caliber.az/sitemap.xml');
    assert.equal(sitemap.kind, 'urlset');
    assert.deepEqual(sitemap.kind === 'urlset' && sitemap.urls, [
      { url: 'https://caliber.az/en/post/1', lastModified: '2024-06-18T00:00:00.000Z', news: null },
      { url: 'https://caliber.az/en/post/2', lastModified: null, news: null },
    ]);
  });

  it('reads a Google News sitemap with publication date and title, whatever the prefix', () => {
    const sitemap = parseSitemap(NEWS_SITEMAP, 'https://caliber.az/news-sitemap.xml');
    assert.deepEqual(sitemap.kind === 'urlset' && sitemap.urls[0]!.news, {
      title: 'Armenian, US officials discuss expanding strategic partnership',
      publishedAt: '2024-06-18T05:21:00.000Z',
      publicationName: 'Caliber.Az',
      language: 'en',
    });
  });

  it('reads a sitemap index', () => {
    const sitemap = parseSitemap(INDEX, 'https://caliber.az/sitemap.xml');
    assert.deepEqual(sitemap.kind === 'index' && sitemap.sitemaps, [
      { url: 'https://caliber.az/sitemap-1.xml.gz', lastModified: '2024-06-18T10:00:00.000Z' },
      { url: 'https://caliber.az/news-sitemap.xml', lastModified: null },
    ]);
  });

  it('reads gzip bytes and plain-text sitemaps', () => {
    const gz = parseSitemap(gzipSync(URLSET), 'https://caliber.az/sitemap.xml.gz');
    assert.equal(gz.kind === 'urlset' && gz.urls.length, 2);
    const plain = parseSitemap(
      'https://caliber.az/a\nhttps://caliber.az/b\n\nnot a url\n',
      'https://caliber.az/s.txt',
    );
    assert.deepEqual(plain.kind === 'urlset' && plain.urls.map((u) => u.url), [
      'https://caliber.az/a',
      'https://caliber.az/b',
    ]);
  });

  it('refuses a gzip sitemap inflating past 50 MB', () => {
    const bomb = gzipSync(Buffer.alloc(51 * 1024 * 1024, ' '));
    assert.throws(() => parseSitemap(bomb, 'https://x.test/s.xml.gz'), SitemapParseError);
  });

  it('refuses an XML document that is not a sitemap', () => {
    assert.throws(() => parseSitemap('<rss><channel/></rss>', 'https://x.test/s.xml'), SitemapParseError);
  });
});

describe('discoverFeeds and sitemapsFromRobotsTxt', () => {
  it('finds feeds announced in a front page, resolved against <base>', () => {
    const page = `<!doctype html><html><head>
      <base href="https://caliber.az/en/">
      <link rel="alternate" type="application/rss+xml" title="Caliber.Az RSS" href="rss">
      <LINK REL="Alternate" TYPE="application/atom+xml" HREF="/atom.xml">
      <link rel="alternate" type="application/feed+json" href="https://caliber.az/feed.json">
      <link rel="alternate" hreflang="ru" href="https://caliber.az/ru/">
      <link rel="stylesheet" type="text/css" href="/style.css">
      <link rel="alternate" type="application/rss+xml" href="rss">
    </head><body></body></html>`;
    assert.deepEqual(discoverFeeds(page, 'https://caliber.az/'), [
      { url: 'https://caliber.az/en/rss', format: 'rss', title: 'Caliber.Az RSS' },
      { url: 'https://caliber.az/atom.xml', format: 'atom', title: null },
      { url: 'https://caliber.az/feed.json', format: 'json', title: null },
    ]);
  });

  it('lists the Sitemap: lines of robots.txt', () => {
    const robots =
      'User-agent: *\nDisallow: /admin\nSitemap: https://caliber.az/sitemap.xml\nsitemap: https://caliber.az/news-sitemap.xml\n';
    assert.deepEqual(sitemapsFromRobotsTxt(robots, 'https://caliber.az/robots.txt'), [
      'https://caliber.az/sitemap.xml',
      'https://caliber.az/news-sitemap.xml',
    ]);
  });
});

describe('createLinkFilter', () => {
  const filter = createLinkFilter({
    siteUrls: ['https://caliber.az/'],
    allowedHosts: ['.cdn-news.example'],
    allow: ['/en/'],
    deny: ['/en/search', /[?&]print=/],
    maxDepth: 2,
  });

  it('accepts same-site article links in canonical form', () => {
    assert.deepEqual(filter('https://www.caliber.az/en/post/1?utm_source=x#top', 1), {
      accepted: true,
      url: 'https://www.caliber.az/en/post/1',
    });
    assert.equal(filter('https://video.cdn-news.example/en/clip', 0).accepted, true);
  });

  it('rejects with a reason', () => {
    const reason = (url: string, depth = 0) => {
      const decision = filter(url, depth);
      return decision.accepted ? 'accepted' : decision.reason;
    };
    assert.equal(reason('https://other.az/en/post/1'), 'other_site');
    assert.equal(reason('https://caliber.az.evil.example/en/post/1'), 'other_site');
    assert.equal(reason('https://caliber.az/en/search?q=x'), 'denied');
    assert.equal(reason('https://caliber.az/en/post/1?print=1'), 'denied');
    assert.equal(reason('https://caliber.az/ru/post/1'), 'not_allowed');
    assert.equal(reason('https://caliber.az/en/post/1', 3), 'too_deep');
    assert.equal(reason('https://caliber.az/en/photo.JPG'), 'asset');
    assert.equal(reason('mailto:desk@caliber.az'), 'invalid_url');
  });

  it('treats subdomains of the registrable domain as the same site', () => {
    const bbc = createLinkFilter({ siteUrls: ['https://www.bbc.co.uk/news'] });
    assert.equal(bbc('https://feeds.bbc.co.uk/news/1', 0).accepted, true);
    assert.equal(bbc('https://www.itv.co.uk/news/1', 0).accepted, false);
  });
});

describe('feed and sitemap discovery against a local site', () => {
  let site: TestSite;
  before(async () => {
    const send =
      (type: string, body: string | Buffer) => (_req: unknown, res: import('node:http').ServerResponse) => {
        res.writeHead(200, { 'content-type': type });
        res.end(body);
      };
    site = await startSite({
      '/': send(
        'text/html',
        '<html><head><link rel="alternate" type="application/rss+xml" href="/rss"></head></html>',
      ),
      '/robots.txt': send('text/plain', 'User-agent: *\nAllow: /\nSitemap: /sitemap.xml\n'),
      '/rss': send('application/rss+xml', RSS.replaceAll('https://caliber.az', '')),
      '/sitemap.xml': send(
        'application/xml',
        INDEX.replace('https://caliber.az/sitemap-1.xml.gz', '/sitemap-1.xml.gz'),
      ),
      '/sitemap-1.xml.gz': send('application/gzip', gzipSync(URLSET)),
      '/news-sitemap.xml': send('application/xml', NEWS_SITEMAP),
    });
  });
  after(() => site.close());

  it('walks front page → feed, robots.txt → sitemap index → gzip and news sitemaps', async () => {
    const fetcher = new PageFetcher({ allowPrivate: true });
    const text = async (url: string) => {
      const result = await fetcher.fetch(url, { accept: 'any' });
      assert.ok(result.ok, url);
      return result.body;
    };
    const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
    const feeds = discoverFeeds(decode(await text(`${site.origin}/`)), `${site.origin}/`);
    assert.deepEqual(
      feeds.map((f) => f.url),
      [`${site.origin}/rss`],
    );
    const feed = parseFeed(decode(await text(feeds[0]!.url)), feeds[0]!.url);
    assert.equal(feed.items[0]!.url, `${site.origin}/en/post/armenian-us-officials?utm_source=rss`);

    const robotsUrl = `${site.origin}/robots.txt`;
    const [indexUrl] = sitemapsFromRobotsTxt(decode(await text(robotsUrl)), robotsUrl);
    const index = parseSitemap(await text(indexUrl!), indexUrl!);
    assert.equal(index.kind, 'index');
    const children = index.kind === 'index' ? index.sitemaps.map((s) => s.url) : [];
    const urlsets = await Promise.all(children.map(async (url) => parseSitemap(await text(url), url)));
    const urls = urlsets.flatMap((s) => (s.kind === 'urlset' ? s.urls : []));
    assert.equal(urls.length, 3);
    assert.equal(urls.find((u) => u.news)?.news?.publishedAt, '2024-06-18T05:21:00.000Z');
    await fetcher.close();
  });
});
