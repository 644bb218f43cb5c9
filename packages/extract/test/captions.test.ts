// Image captions outside <figcaption> ("… Foto: Name", "Legende: …") are not body text.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractArticle } from '../src/index.ts';

const paragraphs = Array.from(
  { length: 5 },
  (_, i) =>
    `<p>Absatz ${i + 1} der Meldung, mit genug Wörtern, Kommas und Einzelheiten, damit er wie ein Artikel liest.</p>`,
).join('');

test('caption blocks with a picture credit or a caption label are dropped, prose with "Foto:" is kept', () => {
  const html = `<html><head><title>Rennen</title></head><body><article><h1>Rennen</h1>${paragraphs}<div class="img-text">Sieger Arthur Kluckers umrahmt von Luc Wirtgen (l.) und Alexandre Kess (r.). Foto: Alexander Daleiden</div><p>Legende: Biden traf sich am Samstagabend im Weissen Haus mit seinen Beratern.</p><div>Viele Hände arbeiten in einer Schlachthalle. Bildrechte: MDR/David Straub</div><p>Der Fotograf sagte, das Foto: ein Zufall, aber ein schöner, und die Jury sah es genauso, wie alle anderen auch.</p></article></body></html>`;
  const result = extractArticle(html, 'https://www.example.lu/sport/rennen-in-mertzig-123.html');
  assert.equal(result.pageType, 'article');
  if (result.pageType !== 'article') return;
  assert.doesNotMatch(result.body, /Daleiden|Legende|Bildrechte/);
  assert.match(result.body, /Der Fotograf sagte/);
  assert.equal(result.body.split('\n\n').length, 6);
});
