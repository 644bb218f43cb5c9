// Interface text inside the article container (consent placeholders of embedded content,
// load errors, account prompts, expand controls) is not body; a longer paragraph that
// mentions such words is.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractArticle } from '../src/index.ts';

const paragraphs = Array.from(
  { length: 5 },
  (_, i) =>
    `<p>Paragraph ${i + 1} of the report, with enough words, commas and details to read like an article.</p>`,
).join('');

test('consent placeholders, load errors, account prompts and expand controls are dropped', () => {
  const html = `<html><head><title>Storm</title></head><body><article><h1>Storm hits the coast</h1>${paragraphs}<div class="embed"><p>Empfohlener redaktioneller Inhalt</p><p>Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden.</p></div><p>We apologize, but this video has failed to load.</p><p>Don't have an account? Create Account</p><p>Click to Read More and View Comments</p>${paragraphs}<p>The regulator said the company had changed its privacy policy twice this year without telling users, and that it would now open a formal investigation into the changes and their effect on millions of customers across the region.</p></article></body></html>`;
  const result = extractArticle(html, 'https://www.example.com/news/storm-coast-123');
  assert.equal(result.pageType, 'article');
  if (result.pageType !== 'article') return;
  assert.doesNotMatch(
    result.body,
    /redaktioneller|einverstanden|failed to load|Create Account|Click to Read/,
  );
  assert.match(result.body, /changed its privacy policy twice/);
});

test('reading-time and relative-time lines are dropped; a sentence with minutes stays', () => {
  const html = `<html><head><title>Frost</title></head><body><article><h1>Eisheilige</h1><div>3 Min Lesezeit</div><div>2min</div><div>1 day ago</div>${paragraphs}<p>5 minutes read like hours when the frost comes, the gardener said.</p></article></body></html>`;
  const result = extractArticle(html, 'https://www.example.com/garden/frost-123');
  assert.equal(result.pageType, 'article');
  if (result.pageType !== 'article') return;
  assert.doesNotMatch(result.body, /Lesezeit|2min|day ago/);
  assert.match(result.body, /5 minutes read like hours/);
});
