// Deeply nested markup (wrapper divs 400, 10 000 and 100 000 levels deep) still yields the
// article inside: the tree is capped in depth, not in content.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractArticle } from '../src/index.ts';

const paragraphs = Array.from(
  { length: 5 },
  (_, i) =>
    `<p>Paragraph ${i + 1} of the deeply wrapped story, with enough words, commas and detail to read like prose.</p>`,
).join('');

for (const depth of [399, 400, 401, 10_000, 100_000]) {
  test(`an article inside ${depth} nested elements is extracted whole`, () => {
    const html = `<html><head><title>Deep page</title></head><body>${'<div>'.repeat(depth)}<h1>Deep page</h1>${paragraphs}${'</div>'.repeat(depth)}<footer><p>Footer text</p></footer></body></html>`;
    const result = extractArticle(html, 'https://example.com/news/deep-page');
    assert.equal(result.pageType, 'article');
    if (result.pageType !== 'article') return;
    assert.equal(result.body.split('\n\n').length, 5);
    assert.match(result.body, /^Paragraph 1 of the deeply wrapped story/);
    assert.match(
      result.body,
      /Paragraph 5 of the deeply wrapped story, with enough words, commas and detail to read like prose\.$/,
    );
  });
}

test('text after a deep unclosed run still lands in its own elements', () => {
  const html = `<html><body>${'<span>'.repeat(2000)}x<article><h1>Headline here</h1>${paragraphs}</article></body></html>`;
  const result = extractArticle(html, 'https://example.com/news/unclosed');
  assert.equal(result.pageType, 'article');
  if (result.pageType === 'article')
    assert.match(result.body, /detail to read like prose\.\n\nParagraph 5 of the deeply wrapped story/);
});
