// No empty body on a page that has an article: wrappers that look like furniture (an ASP.NET
// <form> around the whole page) are kept, a weak main candidate falls back to the page's
// paragraphs, and a page that still has no body says why.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractArticle } from '../src/index.ts';

const paragraphs = Array.from(
  { length: 5 },
  (_, i) =>
    `<p>Paragraph ${i + 1} of the story, with enough words, commas and detail to read like prose in a news article.</p>`,
).join('');
const ld = JSON.stringify({ '@type': 'NewsArticle', headline: 'Pink hair puzzles the public' });

test('an article inside an ASP.NET page-wide <form> is extracted', () => {
  const html = `<html><head><script type="application/ld+json">${ld}</script></head><body><form id="aspnetForm" method="post"><nav><a href="/">Home</a></nav><div class="article_details_body" itemprop="articleBody"><div class="LongDesc">${paragraphs}</div></div><footer>Contact</footer></form></body></html>`;
  const result = extractArticle(html, 'https://www.example.tv/news/lifestyle/898682/pink-hair');
  assert.equal(result.pageType, 'article');
  if (result.pageType === 'article') assert.equal(result.body.split('\n\n').length, 5);
});

test('a small search form next to the article is still dropped', () => {
  const html = `<html><body><article><h1>Headline</h1>${paragraphs}</article><form action="/search"><p>Search the archive of all the stories published on this site since 1998, by keyword.</p></form></body></html>`;
  const result = extractArticle(html, 'https://example.com/news/story');
  assert.equal(result.pageType, 'article');
  if (result.pageType === 'article') assert.doesNotMatch(result.body, /Search the archive/);
});

test('an article split over sections after a short lead container falls back to the page paragraphs', () => {
  const section = (i: number) =>
    `<section class="box"><div class="row"><p>Part ${i} of the story goes on here, with enough words, commas and detail to read like prose in a news article of this length.</p><p>More of part ${i}, again a sentence with commas, names and numbers, as a reporter would write it for the readers.</p></div></section>`;
  const html = `<html><head><script type="application/ld+json">${ld}</script></head><body><main><div class="article-body"><p>A short lead that the named container holds, one sentence only.</p></div>${[1, 2, 3, 4, 5, 6].map(section).join('<div class="spacer"><img src="/ad.png"></div>')}</main></body></html>`;
  const result = extractArticle(html, 'https://example.com/news/split-article');
  assert.equal(result.pageType, 'article');
  if (result.pageType !== 'article') return;
  for (const i of [1, 2, 3, 4, 5, 6]) assert.match(result.body, new RegExp(`Part ${i} of the story`));
  assert.equal(result.provenance.body, 'fallback');
});

test('paywalled article text hidden in the page is the article; a hidden subscription prompt is not', () => {
  const rest = Array.from(
    { length: 6 },
    (_, i) =>
      `<p>Paid paragraph ${i + 1}, with the rest of the report, its quotes, numbers and the names of those involved.</p>`,
  ).join('');
  const html = `<html><head><script type="application/ld+json">${ld}</script></head><body><article><h1>Pink hair puzzles the public</h1><p class="lead">The free lead paragraph of the story, long enough to be a paragraph with a comma, and more.</p><div class="paywall" hidden>${rest}</div><div class="premium-prompt" hidden><p>Subscribe to read the rest.</p></div></article></body></html>`;
  const result = extractArticle(html, 'https://www.example.es/espana/story-20260425145127-nts.html');
  assert.equal(result.pageType, 'article');
  if (result.pageType !== 'article') return;
  assert.match(result.body, /Paid paragraph 6/);
  assert.doesNotMatch(result.body, /Subscribe to read/);
});

test('an article split into many sibling modules is taken whole, not its longest module', () => {
  const module = (i: number, n: number) =>
    `<div class="mod modParagraph"><div class="boxCon"><div class="box"><div class="paragraph">${Array.from({ length: n }, (_, j) => `<p class="text">Module ${i} paragraph ${j + 1} carries the report on, with enough words, commas and detail to read like prose.</p>`).join('')}</div></div></div></div>`;
  const modules = [
    module(1, 10),
    ...[2, 3, 4, 5, 6, 7].map((i) => `<div class="mod modImage"><img src="/i${i}.jpg"></div>${module(i, 2)}`),
  ];
  const html = `<html><head><script type="application/ld+json">${ld}</script></head><body><div id="content"><div class="wrapper"><div class="sectionWrapper"><div class="section"><div class="con"><div class="modCon">${modules.join('')}</div></div></div></div></div></div><div class="footer-links"><p>Impressum, Datenschutz, Kontakt and the other service pages of this broadcaster.</p></div></body></html>`;
  const result = extractArticle(html, 'https://www.example.de/nachrichten/region/schlachthof-100.html');
  assert.equal(result.pageType, 'article');
  if (result.pageType !== 'article') return;
  for (const i of [1, 2, 3, 4, 5, 6, 7]) assert.match(result.body, new RegExp(`Module ${i} paragraph 1 `));
  assert.doesNotMatch(result.body, /Impressum/);
});
