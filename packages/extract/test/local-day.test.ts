// Dates as the page states them: a UTC instant is written in the page's own offset, dates are
// returned on every page type, and the fallbacks (script data, URL, date lines) are read.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractArticle } from '../src/index.ts';
import { localiseUtc } from '../src/metadata/local-day.ts';
import { parseMachineDate, parseUrlDate } from '../src/metadata/parse-date.ts';

const later = Date.parse('2030-01-01T00:00:00Z');
const fetchedAt = new Date('2025-01-01T00:00:00Z');
const paragraphs = Array.from(
  { length: 5 },
  (_, i) =>
    `<p>Paragraph ${i + 1} of the story, with enough words, commas and detail to read like prose in a news article.</p>`,
).join('');

test('a UTC instant takes the offset the page writes for the same instant', () => {
  const utc = parseMachineDate('2023-11-09T03:28:35Z', { notAfter: later })!;
  const html = '<script>var meta = {"publish":"2023-11-08T22:28:35-05:00"};</script>';
  assert.equal(localiseUtc(utc, html, () => null, undefined).iso, '2023-11-08T22:28:35-05:00');
  // Another instant with an offset is no evidence.
  const other = '<script>var meta = {"updated":"2023-11-08T23:55:00-05:00"};</script>';
  assert.equal(localiseUtc(utc, other, () => null, undefined).iso, '2023-11-09T03:28:35Z');
});

test('a UTC instant takes the offset implied by the visible date, else the timezone hint', () => {
  const utc = parseMachineDate('2020-12-05T23:15:00Z', { notAfter: later })!;
  // The page shows "06 Dicembre 2020": the smallest whole-hour offset that reaches that day.
  const shownDay = parseMachineDate('2020-12-06', { notAfter: later });
  assert.equal(localiseUtc(utc, '', () => shownDay, undefined).iso, '2020-12-06T00:15:00+01:00');
  // A visible wall time three hours behind gives -03:00.
  const shownTime = parseMachineDate('2020-12-05T20:15', { notAfter: later });
  assert.equal(localiseUtc(utc, '', () => shownTime, undefined).iso, '2020-12-05T20:15:00-03:00');
  assert.equal(localiseUtc(utc, '', () => null, 'America/New_York').iso, '2020-12-05T18:15:00-05:00');
  // The same day shown, or an offset given by the page, leaves the value alone.
  const sameDay = parseMachineDate('2020-12-05', { notAfter: later });
  assert.equal(localiseUtc(utc, '', () => sameDay, undefined).iso, '2020-12-05T23:15:00Z');
  const withOffset = parseMachineDate('2020-12-06T00:15:00+01:00', { notAfter: later })!;
  assert.equal(localiseUtc(withOffset, '', () => null, 'America/New_York').iso, '2020-12-06T00:15:00+01:00');
});

test('listing and unknown pages still carry the page date', () => {
  const links = Array.from(
    { length: 12 },
    (_, i) => `<li><a href="/news/${i}">Headline number ${i} of the latest news here</a></li>`,
  ).join('');
  const listing = extractArticle(
    `<html><head><meta property="article:published_time" content="2024-06-18T09:21:00+02:00"></head><body><ul>${links}</ul></body></html>`,
    'https://example.com/news',
    { fetchedAt },
  );
  assert.equal(listing.pageType, 'listing');
  assert.equal(listing.publishedAt, '2024-06-18T09:21:00+02:00');
  const unknown = extractArticle(
    '<html><head><meta name="publication_date" content="2024-06-18"></head><body><p>Short.</p></body></html>',
    'https://example.com/x',
    { fetchedAt },
  );
  assert.equal(unknown.pageType, 'unknown');
  assert.equal(unknown.publishedAt, '2024-06-18T00:00:00Z');
});

test('script data, day-first URLs and date lines above the headline', () => {
  const page = (head: string, body: string) =>
    `<html lang="de"><head><title>Story</title>${head}</head><body><article>${body}${paragraphs}</article></body></html>`;
  const fromScript = extractArticle(
    page(
      '<script>window.__STATE__ = {"review":{"publishedDate":"2016-11-04T20:37:27Z"}}</script>',
      '<h1>Story</h1>',
    ),
    'https://example.com/review/1',
    { fetchedAt },
  );
  assert.equal(fromScript.publishedAt, '2016-11-04T20:37:27Z');
  assert.equal(fromScript.provenance.publishedAt, 'script-data');
  assert.equal(
    parseUrlDate('https://example.de/meldungen/29-10-2021', { notAfter: later })?.iso,
    '2021-10-29T00:00:00Z',
  );
  const above = extractArticle(
    page('', '<h3>21.01.2022</h3><h1>Jahresbericht 2021</h1>'),
    'https://example.at/a',
    {
      fetchedAt,
    },
  );
  assert.equal(above.publishedAt, '2022-01-21T00:00:00Z');
  const both = extractArticle(
    page(
      '',
      '<h1>Story</h1><p class="source-line">Letzte Änderung: 31.10.2023 - 14:49<br>Erschienen am: 01.11.2023</p>',
    ),
    'https://example.de/a',
    { fetchedAt },
  );
  assert.equal(both.publishedAt?.slice(0, 10), '2023-11-01');
});

test('a date box in a "sidebar" layout wrapper or a teaser holding the headline is the article\'s', () => {
  const html = `<html lang="de"><head><title>Story</title></head><body>
    <div class="mainwrap sidebar"><div class="post-meta"><a class="post-meta-time">08/08/2017</a></div>
    <figure class="teaser"><span class="date">02.02.2022</span><h1>Story</h1></figure>${paragraphs}</div></body></html>`;
  const result = extractArticle(html, 'https://example.de/a', { fetchedAt });
  assert.equal(result.publishedAt, '2017-08-08T00:00:00Z');
  const teaser = extractArticle(
    `<html lang="de"><head><title>Story</title></head><body><main><div class="cookie"><h1>Cookies</h1></div>
    <figure class="teaser"><span class="date">02.02.2022</span><h1>Story</h1></figure>${paragraphs}</main></body></html>`,
    'https://example.de/a',
    { fetchedAt },
  );
  assert.equal(teaser.publishedAt, '2022-02-02T00:00:00Z');
  // The header's "today" line in a top bar is not the article's date.
  const topbar = extractArticle(
    `<html lang="en"><head><title>Story</title></head><body><div class="header--topbar"><ul class="header--topbar-info">
    <li>Tuesday, (08 Dec 2020)</li></ul></div><h1>Story</h1><p class="date">13 Oct 2020 18:29</p>${paragraphs}</body></html>`,
    'https://example.az/a',
    { fetchedAt },
  );
  assert.equal(topbar.publishedAt, '2020-10-13T18:29:00Z');
  // A "most read" tab pane between the headline and the date line is skipped.
  const tabs = extractArticle(
    `<html lang="de"><head><title>Story</title></head><body><h1>Story</h1>
    <div class="tab-pane fade"><p><small>30.01.2022 · Männer</small></p></div>
    <div id="copynews"><p>02.02.2022 10:16 Uhr - 1. Bundesliga</p>${paragraphs}</div></body></html>`,
    'https://example.de/a',
    { fetchedAt },
  );
  assert.equal(tabs.publishedAt, '2022-02-02T10:16:00Z');
  // A post footer that says when the article was written dates it; a comment's date does not.
  const footer = extractArticle(
    `<html lang="de"><head><title>Story</title></head><body><div class="post"><h1>Story</h1>${paragraphs}
    <div class="post-footer">Dieser Artikel wurde am 14. Dezember 2015 um 14:48 von <a href="/u/h">Heiner</a> geschrieben</div></div>
    <ul class="commentlist"><li class="comment"><div class="comment-meta"><a href="#c1">15. Dezember 2015 at 11:21</a></div></li></ul></body></html>`,
    'https://example.de/a',
    { fetchedAt },
  );
  assert.equal(footer.publishedAt, '2015-12-14T14:48:00Z');
});

test("a meta date more than a day from the article's <time> element gives way to it", () => {
  const page = (time: string) =>
    `<html lang="de"><head><title>Story</title><meta property="article:published_time" content="2022-01-15"></head>
    <body><h1>Story</h1><ul class="m-metadata"><li>${time}</li></ul>${paragraphs}</body></html>`;
  const far = extractArticle(page('<time datetime="2022-01-25">25.01.2022</time>'), 'https://example.ch/a', {
    fetchedAt,
  });
  assert.equal(far.publishedAt, '2022-01-25T00:00:00Z');
  assert.equal(far.provenance.publishedAt, 'time-element');
  const near = extractArticle(page('<time datetime="2022-01-16">16.01.2022</time>'), 'https://example.ch/a', {
    fetchedAt,
  });
  assert.equal(near.publishedAt, '2022-01-15T00:00:00Z');
});
