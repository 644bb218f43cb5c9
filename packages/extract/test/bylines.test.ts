// Byline defects seen on sites outside the dev corpora: interface labels, section and magazine
// names taken as authors, a German name split at its ß, photo credits and roles after a name;
// the publisher credited as author is returned apart, in publisherCredit.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractArticle } from '../src/index.ts';
import { namesFromByline } from '../src/metadata/authors.ts';
import { germanParagraphs } from './paragraphs.ts';

const paragraphs = germanParagraphs(5);

function article(
  head: string,
  byline: string,
  url = 'https://www.example.de/politik/meldung-zum-haushalt-123.html',
) {
  const result = extractArticle(
    `<html><head>${head}</head><body><article><h1>Haushalt beschlossen</h1>${byline}${paragraphs}</article></body></html>`,
    url,
  );
  assert.equal(result.pageType, 'article');
  return result.pageType === 'article' ? result : null;
}

test('a name with ß is kept whole, also before a separator word', () => {
  assert.deepEqual(namesFromByline('Katrin Preußen', []), ['Katrin Preußen']);
  assert.deepEqual(namesFromByline('Von Michael Weiße und Anna Groß', []), ['Michael Weiße', 'Anna Groß']);
  assert.equal(article('', '<div class="author">Von Jörg Heiße</div>')?.authors.join('|'), 'Jörg Heiße');
});

test('a follow button label next to the name is not part of it', () => {
  assert.deepEqual(
    article('', '<div class="author"><a href="/autor/anna">Anna Groß</a> <button>Folgen</button></div>')
      ?.authors,
    ['Anna Groß'],
  );
  assert.deepEqual(namesFromByline('Jane Doe Follow', []), ['Jane Doe']);
});

test('a section or magazine name in the byline is not an author', () => {
  assert.deepEqual(article('', '<div class="author">Von Hans Meier, Politik</div>')?.authors, ['Hans Meier']);
  assert.deepEqual(namesFromByline('Anna Groß, Politik', [], ['Politik']), ['Anna Groß']);
  assert.deepEqual(namesFromByline('ZEITmagazin', []), []);
  assert.deepEqual(namesFromByline('SZ Magazin', []), []);
});

test('the publisher credited as author is returned in its own field', () => {
  const ld = JSON.stringify({
    '@type': 'NewsArticle',
    headline: 'Haushalt beschlossen',
    author: { '@type': 'Organization', name: 'Beispiel Nachrichten' },
    publisher: { '@type': 'Organization', name: 'Beispiel Nachrichten' },
  });
  const result = article(`<script type="application/ld+json">${ld}</script>`, '');
  assert.deepEqual(result?.authors, []);
  assert.equal(result?.publisherCredit, 'Beispiel Nachrichten');
  const newsroom = article('', '<div class="author">Von BR24 Redaktion</div>');
  assert.deepEqual(newsroom?.authors, []);
  assert.equal(newsroom?.publisherCredit, 'BR24 Redaktion');
});

test('a photo credit in the byline is not an author, in the plural too', () => {
  assert.deepEqual(namesFromByline('By Jane Doe | Photos by Bob Lee', []), ['Jane Doe']);
  assert.deepEqual(namesFromByline('Von Anna Groß | Fotos: Jan Weiß', []), ['Anna Groß']);
  assert.deepEqual(article('', '<div class="byline">By Jane Doe | Photos by Bob Lee</div>')?.authors, [
    'Jane Doe',
  ]);
});

test("a role after the name is neither a name nor the publisher's credit", () => {
  const staffWriter = article('', '<div class="byline">By Jane Doe, Staff Writer</div>');
  assert.deepEqual(staffWriter?.authors, ['Jane Doe']);
  assert.equal(staffWriter?.publisherCredit, null);
  const staff = article('', '<div class="byline">By Reuters Staff</div>');
  assert.equal(staff?.publisherCredit, 'Reuters Staff');
});
