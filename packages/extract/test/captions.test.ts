// Image captions outside <figcaption> ("… Foto: Name", "Legende: …") are not body text.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractArticle } from '../src/index.ts';
import { germanParagraphs } from './paragraphs.ts';

const paragraphs = germanParagraphs(5);

test('caption blocks with a picture credit or a caption label are dropped, prose with "Foto:" is kept', () => {
  const html = `<html><head><title>Rennen</title></head><body><article><h1>Rennen</h1>${paragraphs}<div class="img-text">Sieger Arthur Kluckers umrahmt von Luc Wirtgen (l.) und Alexandre Kess (r.). Foto: Alexander Daleiden</div><p>Legende: Biden traf sich am Samstagabend im Weissen Haus mit seinen Beratern.</p><div>Viele Hände arbeiten in einer Schlachthalle. Bildrechte: MDR/David Straub</div><p>Der Fotograf sagte, das Foto: ein Zufall, aber ein schöner, und die Jury sah es genauso, wie alle anderen auch.</p></article></body></html>`;
  const result = extractArticle(html, 'https://www.example.lu/sport/rennen-in-mertzig-123.html');
  assert.equal(result.pageType, 'article');
  if (result.pageType !== 'article') return;
  assert.doesNotMatch(result.body, /Daleiden|Legende|Bildrechte/);
  assert.match(result.body, /Der Fotograf sagte/);
  assert.equal(result.body.split('\n\n').length, 6);
});

test('the byline repeated as a body line is not body; a sentence naming the author is', () => {
  const ld = JSON.stringify({
    '@type': 'NewsArticle',
    headline: 'Hitze legt Straßenbahnen lahm',
    author: [{ '@type': 'Person', name: 'Engin Haupt' }],
  });
  const html = `<html><head><script type="application/ld+json">${ld}</script></head><body><article><h1>Hitze legt Straßenbahnen lahm</h1><p>von Engin Haupt, MDR SACHSEN-ANHALT</p>${paragraphs}<p>Engin Haupt hat für diesen Bericht mit Fahrern, Technikern und Fahrgästen in Magdeburg über die Hitze gesprochen.</p></article></body></html>`;
  const result = extractArticle(html, 'https://www.example.de/nachrichten/hitze-strassenbahn-100.html');
  assert.equal(result.pageType, 'article');
  if (result.pageType !== 'article') return;
  assert.doesNotMatch(result.body, /von Engin Haupt/);
  assert.match(result.body, /Engin Haupt hat für diesen Bericht/);
});

test('a subheading named like a headline ("article-middle-headline") stays in the body; a newsletter box heading does not', () => {
  const html = `<html><head><title>Polizeifunk</title></head><body><article><h1>Polizeifunk</h1>${paragraphs}<h2 class="article-middle-headline">Antenne verbessert</h2>${paragraphs}<div class="box"><h2 class="box_title">Newsletter: Sport inside</h2><p>Jeden Montag die Topstorys der Woche aus der Sportredaktion.</p></div></article></body></html>`;
  const result = extractArticle(html, 'https://www.example.jp/affairs/news/20250121-polizeifunk/');
  assert.equal(result.pageType, 'article');
  if (result.pageType !== 'article') return;
  assert.match(result.body, /\n\nAntenne verbessert\n\n/);
  assert.doesNotMatch(result.body, /Newsletter/);
});

test('a caption in an element named as one ("wp-caption-text", "caption", "legend") goes with its image, not into the body', () => {
  const html = `<html><head><title>Vorstand</title></head><body><article><h1>Vorstand</h1>${paragraphs}<div class="wp-caption"><img src="/a.jpg"><p class="wp-caption-text">Vorstandsmitglieder (von links nach rechts): Anna Berger, Paul Huber, Maria Rossi</p></div>${paragraphs}<div class="contentimage"><img src="/b.jpg"><span class="caption small">Bei älteren Modellen ist die Technik auf dem Dach verbaut und nicht auf Hitze ausgelegt.</span></div><div class="wrapper-image"><span class="legend">Ein Schiff im Hafen von Ushuaia, Argentinien (AFP / Max Muster)</span></div><div class="caption-area"><p>Der Verein hat 120 Mitglieder und trifft sich jeden Monat, wie der Vorstand mitteilte, im Gasthaus am Markt.</p></div></article></body></html>`;
  const result = extractArticle(html, 'https://www.example.it/chronik/vorstand-123.html');
  assert.equal(result.pageType, 'article');
  if (result.pageType !== 'article') return;
  assert.doesNotMatch(result.body, /Vorstandsmitglieder|Technik auf dem Dach|Ushuaia/);
  assert.equal(
    result.images[0]?.caption,
    'Vorstandsmitglieder (von links nach rechts): Anna Berger, Paul Huber, Maria Rossi',
  );
  // A container named so that holds paragraphs is not a caption.
  assert.match(result.body, /Der Verein hat 120 Mitglieder/);
});

test("a picture's <figure> gives its text to the image (credit, caption outside <figcaption>); a figure holding a quote keeps it", () => {
  const html = `<html><head><title>Gipfel</title></head><body><article><h1>Gipfel</h1>${paragraphs}<figure><img src="/g.jpg"><div><span>Getty Images</span></div></figure><figure class="picture"><img src="/h.jpg">Ehemalige Mitarbeiter bei der Premiere</figure>${paragraphs}<figure class="embed"><blockquote><p>Ein Zitat aus einem eingebetteten Beitrag, das zum Artikel gehört und hier stehen bleibt.</p></blockquote></figure></article></body></html>`;
  const result = extractArticle(html, 'https://www.example.de/kultur/gipfel-123.html');
  assert.equal(result.pageType, 'article');
  if (result.pageType !== 'article') return;
  assert.doesNotMatch(result.body, /Getty Images|Ehemalige Mitarbeiter/);
  assert.equal(result.images[1]?.caption, 'Ehemalige Mitarbeiter bei der Premiere');
  assert.match(result.body, /Ein Zitat aus einem eingebetteten Beitrag/);
});
