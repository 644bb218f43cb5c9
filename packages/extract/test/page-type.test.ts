// Page type from every signal: front pages, section fronts and about/contact pages are not
// articles; an article with a long related-links rail is still one; the decision says why.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractArticle } from '../src/index.ts';

const prose = (n: number, what = 'story') =>
  Array.from(
    { length: n },
    (_, i) =>
      `<p>Paragraph ${i + 1} of the ${what}, with enough words, commas and detail to read like prose in a news article, and then some more.</p>`,
  ).join('');
const teaser = (i: number) =>
  `<div class="card"><h3><a href="/news/2024/06/18/headline-number-${i}-about-something">Headline number ${i} about something that happened today</a></h3><p>Summary of teaser ${i}, a sentence long enough, with a comma, to look like a paragraph of prose.</p></div>`;
const teasers = (n: number) => Array.from({ length: n }, (_, i) => teaser(i + 1)).join('');

test('a front page with a teaser grid is a listing, whatever its paragraphs add up to', () => {
  const html = `<html><head><meta property="og:type" content="website"><title>Example News</title></head><body><main>${teasers(20)}</main></body></html>`;
  const result = extractArticle(html, 'https://www.example-news.com/');
  assert.equal(result.pageType, 'listing');
  assert.equal(result.pageTypeReason, 'front-page');
  assert.ok(result.links.length >= 20);
});

test('a section front (/politics/) marked as a website is a listing', () => {
  const html = `<html><head><meta property="og:type" content="website"><title>Politics | Example News</title></head><body><main><h1>Politics</h1>${teasers(12)}</main></body></html>`;
  const result = extractArticle(html, 'https://www.example-news.com/politics/');
  assert.equal(result.pageType, 'listing');
  assert.equal(result.pageTypeReason, 'section-front');
});

test('about and contact pages are not articles, even marked as one', () => {
  const about = `<html><head><meta property="og:type" content="article"><title>About us</title></head><body><article><h1>About us</h1>${prose(6, 'company history')}</article></body></html>`;
  const result = extractArticle(about, 'https://www.example-news.com/about-us/');
  assert.equal(result.pageType, 'unknown');
  assert.equal(result.pageTypeReason, 'service-page');
  const ld = JSON.stringify({ '@context': 'https://schema.org', '@type': 'ContactPage', name: 'Contact' });
  const contact = `<html><head><script type="application/ld+json">${ld}</script></head><body><main>${prose(5, 'contact page')}</main></body></html>`;
  const result2 = extractArticle(contact, 'https://www.example-news.com/info/reach-the-newsroom-team');
  assert.equal(result2.pageType, 'unknown');
  assert.equal(result2.pageTypeReason, 'service-page');
  assert.match(result2.pageType === 'unknown' ? result2.reason : '', /service page/);
});

test('an article with a long related-links rail is still an article', () => {
  const ld = JSON.stringify({
    '@type': 'NewsArticle',
    headline: 'The council votes',
    datePublished: '2024-06-18T09:21:00+02:00',
  });
  const html = `<html><head><script type="application/ld+json">${ld}</script></head><body><article><h1>The council votes</h1>${prose(3)}</article><aside class="related">${teasers(30)}</aside><section class="more-news">${teasers(20)}</section></body></html>`;
  const result = extractArticle(
    html,
    'https://www.example-news.com/local/2024/06/18/the-council-votes-on-the-budget',
  );
  assert.equal(result.pageType, 'article');
  assert.equal(result.pageTypeReason, 'marked-article');
});

test('an unmarked dated article with a short body and many headline links is not a listing', () => {
  const html = `<html><head><title>Storm closes the port</title></head><body><div class="story"><h1>Storm closes the port</h1><time datetime="2024-06-18T09:21:00+02:00">18 June 2024</time><p>The port was closed on Tuesday after a storm, officials said, and ferries stayed in.</p><p>It will open again when the wind drops, they added, probably on Thursday.</p></div><div class="rail">${Array.from({ length: 12 }, (_, i) => `<a href="/news/${i}-other-story-here">Another story of the day number ${i}</a>`).join(' ')}</div></body></html>`;
  const result = extractArticle(html, 'https://www.example-news.com/news/2024/06/18/storm-closes-the-port');
  assert.equal(result.pageType, 'article');
});

test('the crawler’s start page is a listing; a feed entry leans to article', () => {
  const html = `<html><head><title>Example News</title></head><body><main>${prose(4, 'welcome text')}${teasers(3)}</main></body></html>`;
  const start = extractArticle(html, 'https://www.example-news.com/welcome-to-the-news', {
    crawlContext: 'start',
  });
  assert.equal(start.pageType, 'listing');
  assert.equal(start.pageTypeReason, 'crawl-start');
  assert.ok(start.pageSignals.includes('crawl=start'));
  const short = `<html><head><title>Short item</title></head><body><div><p>The port was closed on Tuesday after a storm, officials said, and ferries stayed in port.</p><p>It will open again when the wind drops, the harbour master said on the radio.</p></div><div>${Array.from({ length: 12 }, (_, i) => `<a href="/n/${i}">Another story of the day number ${i}</a>`).join(' ')}</div></body></html>`;
  assert.equal(
    extractArticle(short, 'https://www.example-news.com/n/991', { crawlContext: 'feed' }).pageType,
    'article',
  );
});

test('a page marked as an article whose text cannot be found says so', () => {
  const ld = JSON.stringify({
    '@type': 'NewsArticle',
    headline: 'Pink hair puzzles the public',
    datePublished: '2024-06-18T09:21:00+02:00',
  });
  const html = `<html><head><script type="application/ld+json">${ld}</script></head><body><div id="app"></div></body></html>`;
  const result = extractArticle(html, 'https://www.example-news.com/news/lifestyle/898682/pink-hair');
  assert.equal(result.pageType, 'unknown');
  assert.equal(result.pageTypeReason, 'no-body');
  assert.equal(result.title, 'Pink hair puzzles the public');
  assert.match(result.pageType === 'unknown' ? result.reason : '', /no article text/);
});

test('a short section page ("/news") with a few headline links is a listing', () => {
  const items = Array.from(
    { length: 5 },
    (_, i) =>
      `<li><a href="/economy/story-number-${i}-about-the-economy">Story number ${i} about the economy</a></li>`,
  ).join('');
  const result = extractArticle(
    `<html><body><h1>All news</h1><ul>${items}</ul></body></html>`,
    'https://www.example-news.com/news',
  );
  assert.equal(result.pageType, 'listing');
  assert.equal(result.pageTypeReason, 'section-front');
});
