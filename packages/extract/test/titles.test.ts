// Title defects seen on sites outside the dev corpora: entities left encoded, site and section
// names left after a separator (Latin and CJK), without cutting real headlines.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractArticle } from '../src/index.ts';
import { germanParagraphs } from './paragraphs.ts';

const paragraphs = germanParagraphs(5);

function titleOf(
  head: string,
  body = '',
  url = 'https://www.example.de/politik/meldung-123.html',
): string | null {
  return extractArticle(
    `<html><head>${head}</head><body><article>${body}${paragraphs}</article></body></html>`,
    url,
  ).title;
}

test('named entities escaped twice are decoded (German umlauts)', () => {
  const ld = JSON.stringify({
    '@type': 'NewsArticle',
    headline: 'M&uuml;nchen: Stra&szlig;enbahn f&auml;hrt wieder',
  });
  assert.equal(
    titleOf(`<script type="application/ld+json">${ld}</script>`),
    'München: Straßenbahn fährt wieder',
  );
  assert.equal(
    titleOf('<meta property="og:title" content="K&amp;ouml;ln &amp;amp; Bonn: Bahnstreik endet">'),
    'Köln & Bonn: Bahnstreik endet',
  );
  assert.equal(titleOf('<title>&Uuml;berblick &amp;uuml;ber die Lage</title>'), 'Überblick über die Lage');
});

test('a CJK site name after a full-width bar or a tight dash is removed', () => {
  assert.equal(
    titleOf(
      '<meta property="og:site_name" content="BIGLOBEニュース"><title>与田祐希が新写真集を公開｜BIGLOBEニュース</title>',
      '',
      'https://news.biglobe.ne.jp/entertainment/0215/abc.html',
    ),
    '与田祐希が新写真集を公開',
  );
  assert.equal(
    titleOf(
      '<meta property="og:site_name" content="新华网"><title>武汉的声音：有英勇的你，才有英雄的城！-新华网</title>',
      '',
      'https://www.xinhuanet.com/2020-03/10/c_1125692.htm',
    ),
    '武汉的声音：有英勇的你，才有英雄的城！',
  );
  assert.equal(
    titleOf(
      '<meta property="og:site_name" content="NEWS WEB EASY"><title>NEWS WEB EASY|体罰を禁止する法律ができる</title>',
    ),
    '体罰を禁止する法律ができる',
  );
});

test('a section name after the headline is removed, a hyphenated headline word is kept', () => {
  assert.equal(
    titleOf(
      '<meta property="og:site_name" content="Beispiel"><title>Bahnstreik endet am Montag | Politik | Beispiel</title>',
    ),
    'Bahnstreik endet am Montag',
  );
  assert.equal(
    titleOf(
      '<title>GdP-Vize Klemmer: Mangelnde Wertschätzung</title>',
      '',
      'https://www.gdp.de/gdp/gdp.nsf/id/x',
    ),
    'GdP-Vize Klemmer: Mangelnde Wertschätzung',
  );
  assert.equal(
    titleOf('<title>Politik - die Woche im Bundestag</title>'),
    'Politik - die Woche im Bundestag',
  );
});
