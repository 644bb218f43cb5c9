// Headings that announce teasers to other stories ("Auch interessant", "À lire aussi",
// "Noticia relacionada") and rails ("Häufig gelesen", "Latest Stories") are not body.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractArticle } from '../src/index.ts';

const paragraphs = (lang: string) =>
  Array.from(
    { length: 4 },
    (_, i) =>
      `<p>${lang} ${i + 1}, mit genug Wörtern, Kommas und Einzelheiten, damit er wie ein Artikel liest.</p>`,
  ).join('');

test('related-story and rail headings in several languages are dropped with their lists', () => {
  const html = `<html><head><title>Haushalt</title></head><body><article><h1>Haushalt beschlossen</h1>${paragraphs('Absatz')}<h3>Auch interessant</h3><ul><li><a href="/a">Ein anderer Artikel</a> über etwas ganz anderes</li></ul>${paragraphs('Teil')}<h4>À lire aussi</h4><h4>Noticia relacionada</h4>${paragraphs('Abschnitt')}<h2>Häufig gelesen</h2><p>Ein Teaser zu einem meistgelesenen Artikel, der mit diesem nichts zu tun hat.</p></article></body></html>`;
  const result = extractArticle(html, 'https://www.example.de/politik/haushalt-123.html');
  assert.equal(result.pageType, 'article');
  if (result.pageType !== 'article') return;
  assert.doesNotMatch(
    result.body,
    /Auch interessant|anderer Artikel|lire aussi|Noticia|Häufig gelesen|Teaser/,
  );
  assert.equal(result.body.split('\n\n').length, 12);
});
