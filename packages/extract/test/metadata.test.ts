// Metadata rules on small pages: authors are names only, titles lose the site name, the
// date cascade prefers structured data, and provenance says which signal won.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractArticle } from '../src/index.ts';
import { namesFromByline } from '../src/metadata/authors.ts';
import { sharedHeadline, stripSiteName } from '../src/metadata/title.ts';

const paragraphs = Array.from(
  { length: 5 },
  (_, i) =>
    `<p>Paragraph ${i + 1} of the story, with enough words, commas and detail to read like prose in a news article.</p>`,
).join('');

test('bylines give names only', () => {
  assert.deepEqual(namesFromByline('By Jane Doe and John Roe', []), ['Jane Doe', 'John Roe']);
  assert.deepEqual(namesFromByline('Von Anna Martel und Lea Wagner, Nairobi', []), [
    'Anna Martel',
    'Lea Wagner',
  ]);
  assert.deepEqual(namesFromByline('Jane Doe, jane.doe@example.com', []), ['Jane Doe']);
  assert.deepEqual(namesFromByline('5 Minute Read', []), []);
  assert.deepEqual(namesFromByline('Staff', []), []);
  assert.deepEqual(namesFromByline('Caliber.Az', ['Caliber.Az']), []);
  assert.deepEqual(namesFromByline('Example News', ['Example News']), []);
  assert.deepEqual(namesFromByline('June 18, 2024', []), []);
});

test('site names are removed from structured titles', () => {
  assert.equal(
    stripSiteName(
      'Armenian, US officials discuss expanding strategic partnership | Caliber.Az',
      ['Caliber.Az'],
      'caliber.az',
    ),
    'Armenian, US officials discuss expanding strategic partnership',
  );
  assert.equal(
    stripSiteName(
      'Nach Gaetz-Rückzug: Trump-Anwältin soll Justizministerin werden - news.ORF.at',
      [],
      'orf.at',
    ),
    'Nach Gaetz-Rückzug: Trump-Anwältin soll Justizministerin werden',
  );
  assert.equal(
    stripSiteName('A headline - with a dash in it', ['Daily Example'], 'example.com'),
    'A headline - with a dash in it',
  );
});

test('structured data wins over visible text, with provenance', () => {
  const html = `<html lang="de"><head><title>Die Schlagzeile | Beispiel</title>
    <meta property="og:site_name" content="Beispiel">
    <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Die Schlagzeile",
      "datePublished":"2024-06-18T09:21:00+02:00","dateModified":"2024-06-19T10:00:00+02:00",
      "author":[{"@type":"Person","name":"Erika Mustermann"},{"@type":"Organization","name":"Beispiel"}],
      "articleSection":"Politik","keywords":["Wahl","Bundestag"]}</script></head>
    <body><article><h1>Die Schlagzeile</h1><p class="byline">Von Max Muster</p><time datetime="2020-01-01">1. Januar 2020</time>
    ${paragraphs}</article></body></html>`;
  const result = extractArticle(html, 'https://beispiel.de/politik/schlagzeile', {
    fetchedAt: new Date('2025-01-01T00:00:00Z'),
  });
  assert.equal(result.pageType, 'article');
  if (result.pageType !== 'article') return;
  assert.equal(result.title, 'Die Schlagzeile');
  assert.deepEqual(result.authors, ['Erika Mustermann']);
  assert.equal(result.publishedAt, '2024-06-18T09:21:00+02:00');
  assert.equal(result.modifiedAt, '2024-06-19T10:00:00+02:00');
  assert.equal(result.section, 'Politik');
  assert.deepEqual(result.tags, ['Wahl', 'Bundestag']);
  assert.equal(result.language, 'de');
  assert.deepEqual(
    {
      title: result.provenance.title,
      authors: result.provenance.authors,
      publishedAt: result.provenance.publishedAt,
    },
    { title: 'json-ld', authors: 'json-ld', publishedAt: 'json-ld' },
  );
  assert.equal(result.body.split('\n\n').length, 5);
  assert.ok(!result.body.includes('Max Muster'));
});

test('without structured data: <time>, then the URL; never a date after the fetch', () => {
  const page = (extra: string) =>
    `<html><head><title>Story</title></head><body><article><h1>Story</h1>${extra}${paragraphs}</article></body></html>`;
  const fetchedAt = new Date('2024-06-20T00:00:00Z');
  const withTime = extractArticle(
    page('<time datetime="2024-06-18T09:21:00+04:00">18 June</time>'),
    'https://example.com/story',
    { fetchedAt },
  );
  assert.equal(withTime.pageType === 'article' && withTime.publishedAt, '2024-06-18T09:21:00+04:00');
  assert.equal(withTime.provenance.publishedAt, 'time-element');
  const fromUrl = extractArticle(page(''), 'https://example.com/2024/06/17/story', { fetchedAt });
  assert.equal(fromUrl.pageType === 'article' && fromUrl.publishedAt, '2024-06-17T00:00:00Z');
  assert.equal(fromUrl.provenance.publishedAt, 'url');
  const future = extractArticle(
    page('<time datetime="2024-07-01T09:00:00Z">1 July</time>'),
    'https://example.com/story',
    { fetchedAt },
  );
  assert.equal(future.pageType === 'article' && future.publishedAt, null);
});

test('in-body links and images are absolute; the body HTML is minimal', () => {
  const html = `<html><head><title>Story</title></head><body><article><h1>Story</h1>
    <p>First paragraph, with <a href="/related/thing">a link inside it</a> and more words, commas, and detail to be prose.</p>
    <figure><img src="/img/photo.jpg" alt="A photo"><figcaption>The caption</figcaption></figure>
    <p onclick="alert(1)" style="color:red">Second paragraph <b>bold</b>, with enough words, commas and detail to read like prose.</p>
    ${paragraphs}</article></body></html>`;
  const result = extractArticle(html, 'https://example.com/news/story');
  assert.equal(result.pageType, 'article');
  if (result.pageType !== 'article') return;
  assert.deepEqual(result.links, [{ url: 'https://example.com/related/thing', text: 'a link inside it' }]);
  assert.deepEqual(result.images, [
    { url: 'https://example.com/img/photo.jpg', alt: 'A photo', caption: 'The caption' },
  ]);
  assert.ok(!result.body.includes('The caption'));
  assert.ok(result.bodyHtml.includes('<a href="https://example.com/related/thing">a link inside it</a>'));
  assert.ok(!/onclick|style=|<b>|<script/i.test(result.bodyHtml));
});

test('a Russian page: month names in the source timezone, "Читайте также" as related links', () => {
  const html = `<html lang="ru"><head><title>Новость дня — Пример</title></head><body>
    <div class="news-header"><h1>Новость дня</h1><div class="news-date">18 июня 2024, 09:21</div></div>
    <div class="news-text">
      <p>Первый абзац новости, в котором достаточно слов, запятых и подробностей, чтобы быть текстом статьи.</p>
      <p>Второй абзац новости, в котором тоже достаточно слов, запятых и подробностей для текста статьи.</p>
      <p>Третий абзац новости, последний, с выводами, цитатами и другими подробностями этой истории.</p>
      <h3>Читайте также</h3>
      <ul>
        <li><a href="/news/2">Другая важная новость о событиях этой недели</a> <span>17 июня 2024, 18:13</span></li>
        <li><a href="/news/3">Ещё одна новость о событиях прошлой недели</a> <span>16 июня 2024, 11:05</span></li>
      </ul>
    </div></body></html>`;
  const result = extractArticle(html, 'https://example.ru/news/1', {
    timezone: 'Europe/Moscow',
    fetchedAt: new Date('2024-06-20T00:00:00Z'),
  });
  assert.equal(result.pageType, 'article');
  if (result.pageType !== 'article') return;
  assert.equal(result.publishedAt, '2024-06-18T09:21:00+03:00');
  assert.equal(result.body.split('\n\n').length, 3);
  assert.ok(!result.body.includes('Читайте также') && !result.body.includes('Другая важная'));
  assert.deepEqual(result.related, [
    {
      title: 'Другая важная новость о событиях этой недели',
      url: 'https://example.ru/news/2',
      publishedAt: '2024-06-17T18:13:00+03:00',
    },
    {
      title: 'Ещё одна новость о событиях прошлой недели',
      url: 'https://example.ru/news/3',
      publishedAt: '2024-06-16T11:05:00+03:00',
    },
  ]);
});

test('an h1 and a structured title behind different kickers share the headline', () => {
  assert.equal(
    sharedHeadline(
      'Eskalation im Nahen Osten - «Die Zurückhaltung hat viel mit den USA zu tun»',
      'Iranischer Angriff auf Israel: «Die Zurückhaltung hat viel mit den USA zu tun»',
    ),
    '«Die Zurückhaltung hat viel mit den USA zu tun»',
  );
  // A common ending without a kicker on both sides is not a headline.
  assert.equal(
    sharedHeadline('Chelsea win the London derby at home', 'Arsenal win the London derby at home'),
    null,
  );
  const html = `<html><head><title>x</title>
    <meta property="og:title" content="Iranischer Angriff auf Israel: «Die Zurückhaltung hat viel mit den USA zu tun»">
    </head><body><article><h1>Eskalation im Nahen Osten - «Die Zurückhaltung hat viel mit den USA zu tun»</h1>${paragraphs}</article></body></html>`;
  assert.equal(
    extractArticle(html, 'https://example.ch/a').title,
    '«Die Zurückhaltung hat viel mit den USA zu tun»',
  );
});

test('site credits, CMS accounts, commenters and photo credits are not authors', () => {
  assert.deepEqual(namesFromByline('hessenschau.de, Frankfurt, Germany', []), []);
  assert.deepEqual(namesFromByline('Julian Seiferth; t-online.de', []), ['Julian Seiferth']);
  assert.deepEqual(namesFromByline('Marcel Sommer Sendung: hr-INFO', []), []);
  const page = (ld: string, body: string) =>
    `<html><head><title>Story</title>${ld}</head><body><article><h1>Story</h1>${body}${paragraphs}
    <ol class="commentlist"><li><span class="comment-author">Erkan Beispiel</span></li></ol></article></body></html>`;
  const admin = extractArticle(
    page(
      '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Story","author":{"@id":"https://example.co.za/author/admin/","name":"Site D"}}</script>',
      '',
    ),
    'https://example.co.za/a',
  );
  assert.deepEqual(admin.pageType === 'article' && admin.authors, []);
  const credits = extractArticle(
    page(
      '',
      '<figure><img src="/a.jpg"><figcaption><span class="mediaBox__byline">Roman Fotograf</span></figcaption></figure><ul><li class="metaInfoAuthorList-item"><a href="/author/nflakin/">Nathaniel Flakin</a></li></ul>',
    ),
    'https://example.org/a',
  );
  assert.deepEqual(credits.pageType === 'article' && credits.authors, ['Nathaniel Flakin']);
});

test('editors credited as such, lone byline words and Chinese credit lines', () => {
  assert.deepEqual(namesFromByline('Von', []), []);
  const page = (ld: string, body: string) =>
    `<html><head><title>Story</title>${ld}</head><body><article><h1>Story</h1>${body}${paragraphs}</article></body></html>`;
  const edited = extractArticle(
    page(
      '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Story","author":{"@type":"Person","name":"Heryadi"}}</script>',
      '<div class="author-2">Naufal Zuhdi</div><p>Editor : <a class="editor-link" href="/e/1">Heryadi</a></p>',
    ),
    'https://example.id/a',
  );
  assert.deepEqual(edited.pageType === 'article' && edited.authors, ['Naufal Zuhdi']);
  const chinese = extractArticle(
    page('', '<div class="edit">(责编：牛镛、岳弘彬)</div>'),
    'https://example.cn/a',
  );
  assert.deepEqual(chinese.pageType === 'article' && chinese.authors, ['牛镛', '岳弘彬']);
});
