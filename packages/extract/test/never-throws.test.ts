// The extractor never throws: any input gives a result, pathological inputs give
// pageType 'unknown' (or a clear reason) instead of an exception or a stack overflow.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { decodeHtml, type ExtractionResult, extractArticle } from '../src/index.ts';

function assertResult(result: ExtractionResult): void {
  assert.ok(['article', 'listing', 'unknown'].includes(result.pageType));
  assert.ok(Array.isArray(result.links));
  if (result.pageType === 'unknown') assert.equal(typeof result.reason, 'string');
  if (result.pageType === 'article') {
    assert.equal(typeof result.body, 'string');
    for (const date of [result.publishedAt, result.modifiedAt]) {
      if (date !== null) assert.ok(!Number.isNaN(Date.parse(date)), `valid ISO date: ${date}`);
    }
  }
  // The result must be serialisable (it goes into Kafka messages).
  JSON.stringify(result);
}

const TAGS = [
  'p',
  'div',
  'article',
  'a',
  'h1',
  'h2',
  'script',
  'style',
  'time',
  'li',
  'ul',
  'table',
  'td',
  'meta',
  'span',
  'br',
  'title',
];

/** Token soup: fragments of tags, attributes, text and entities in any order. */
const htmlSoup = fc
  .array(
    fc.oneof(
      fc.constantFrom(...TAGS).map((t) => `<${t}>`),
      fc.constantFrom(...TAGS).map((t) => `</${t}>`),
      fc
        .tuple(fc.constantFrom(...TAGS), fc.string())
        .map(([t, v]) => `<${t} class="${v}" href='${v}' datetime="${v}">`),
      fc.constantFrom(
        '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"',
        '"}</script>',
        '<meta property="article:published_time" content="',
        '">',
        '&amp;',
        '&#x110000;',
        '<!--',
        '-->',
        '<![CDATA[',
        '18 June 2024 - 09:21',
        '31.02.2024',
        'By Jane Doe and John Roe',
      ),
      fc.string(),
      fc.lorem({ maxCount: 30 }),
    ),
    { maxLength: 80 },
  )
  .map((parts) => parts.join(''));

test('never throws on arbitrary strings and URLs', () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 2000 }), fc.string(), (html, url) => {
      assertResult(extractArticle(html, url));
    }),
    { numRuns: 300 },
  );
});

test('never throws on random HTML token soup, with any hints', () => {
  fc.assert(
    fc.property(
      htmlSoup,
      fc.webUrl(),
      fc.option(fc.constantFrom('Asia/Baku', 'Europe/Baku', 'Not/AZone', '', 'UTC')),
      fc.option(fc.date()),
      (html, url, timezone, fetchedAt) => {
        const hints: { timezone?: string; fetchedAt?: Date } = {};
        if (timezone !== null) hints.timezone = timezone;
        if (fetchedAt !== null) hints.fetchedAt = fetchedAt;
        assertResult(extractArticle(html, url, hints));
      },
    ),
    { numRuns: 300 },
  );
});

test('never throws on binary garbage through decodeHtml', () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 4000 }), fc.option(fc.string()), (bytes, contentType) => {
      const html = decodeHtml(bytes, contentType);
      assert.equal(typeof html, 'string');
      assertResult(extractArticle(html, 'https://example.com/'));
    }),
    { numRuns: 300 },
  );
});

test('empty and non-HTML documents are unknown with a reason', () => {
  for (const input of ['', '   ', 'just some text without markup', '\u0000\u0001\u0002']) {
    const result = extractArticle(input, 'https://example.com/');
    assert.equal(result.pageType, 'unknown');
  }
  // Wrong types from untyped callers.
  assert.equal(extractArticle(undefined as unknown as string, 'https://example.com/').pageType, 'unknown');
  assert.equal(extractArticle('<p>x</p>', null as unknown as string).pageType, 'unknown');
});

test('100 000-deep nesting does not overflow the stack', () => {
  const depth = 100_000;
  const html = `<html><body>${'<div>'.repeat(depth)}<p>Deep text, with a comma, and more words to score.</p>${'</div>'.repeat(depth)}</body></html>`;
  assertResult(extractArticle(html, 'https://example.com/deep'));
  const unclosed = `<html><body>${'<span><b>'.repeat(depth)}text`;
  assertResult(extractArticle(unclosed, 'https://example.com/unclosed'));
});

test('a 20 MB page is handled', () => {
  const paragraph =
    '<p>Word soup, with commas, for a very large page that is still an article of sorts.</p>\n';
  const html = `<html><body><article>${paragraph.repeat(Math.ceil(20e6 / paragraph.length))}</article></body></html>`;
  assert.ok(html.length >= 20e6);
  assertResult(extractArticle(html, 'https://example.com/huge'));
});

test('pages without an article are not articles', () => {
  const result = extractArticle(
    '<html><head><title>Login</title></head><body><form><input name="user"><button>Sign in</button></form></body></html>',
    'https://example.com/login',
  );
  assert.equal(result.pageType, 'unknown');
});

test('deeply nested JSON-LD and a page-sized "related" wrapper', () => {
  const deepJson = `<script type="application/ld+json">${'['.repeat(100_000)}${']'.repeat(100_000)}</script>`;
  assertResult(
    extractArticle(
      `<html><head>${deepJson}</head><body><p>Text, text.</p></body></html>`,
      'https://example.com/',
    ),
  );
  const items = Array.from(
    { length: 3000 },
    (_, i) =>
      `<div><a href="/a/${i}">Headline number ${i} of the related list</a><p>Teaser text for item ${i}.</p></div>`,
  ).join('');
  const html = `<html><body><div class="has-related-posts"><h2>Related</h2>${items}</div></body></html>`;
  assertResult(extractArticle(html, 'https://example.com/'));
});
