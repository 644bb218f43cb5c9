// A closing note that credits contributors or agencies is about the article, not part of it;
// a sentence that reports what someone contributed stays.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractArticle } from '../src/index.ts';

const paragraphs = Array.from(
  { length: 5 },
  (_, i) =>
    `<p>Paragraph ${i + 1} of the report, with enough words, commas and details to read like an article.</p>`,
).join('');

test('contributor and agency notes are dropped in English and German', () => {
  const html = `<html><head><title>Talks</title></head><body><article><h1>Ceasefire talks resume</h1>${paragraphs}<p>The donors contributed $4 million to the fund, the ministry said on Friday.</p><p>—Associated Press writer Jane Roe in Paris contributed to this report.</p><p>With files from The Associated Press</p><p>Additional reporting by John Doe</p><p>Mit Informationen der Nachrichtenagenturen AFP und dpa.</p><p>mit dpa</p></article></body></html>`;
  const result = extractArticle(html, 'https://www.example.com/world/talks-resume-123');
  assert.equal(result.pageType, 'article');
  if (result.pageType !== 'article') return;
  assert.doesNotMatch(
    result.body,
    /contributed to this report|With files|Additional reporting|Nachrichtenagenturen|mit dpa/,
  );
  assert.match(result.body, /The donors contributed \$4 million/);
});
