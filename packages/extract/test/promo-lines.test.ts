// A newsletter or inbox promo inside the article container is not body; a sentence that
// reports on a newsletter is.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractArticle } from '../src/index.ts';

const paragraphs = Array.from(
  { length: 5 },
  (_, i) =>
    `<p>Paragraph ${i + 1} of the report, with enough words, commas and details to read like an article.</p>`,
).join('');

test('newsletter and inbox promos are dropped in any language; a report about a newsletter stays', () => {
  const html = `<html><head><title>Budget</title></head><body><article><h1>Budget talks resume</h1>${paragraphs}<p>Get the day's top stories delivered to your inbox every morning.</p><p>Der Abend-Newsletter informiert Sie montags bis freitags über das Wichtigste vom Tag.</p>${paragraphs}<p>ニュースレターの登録に失敗しました。</p><p>The ministry's weekly newsletter reached 40,000 farmers last year, the report found.</p></article></body></html>`;
  const result = extractArticle(html, 'https://www.example.com/news/budget-talks-123');
  assert.equal(result.pageType, 'article');
  if (result.pageType !== 'article') return;
  assert.doesNotMatch(result.body, /inbox|informiert Sie|ニュースレター/);
  assert.match(result.body, /weekly newsletter reached 40,000 farmers/);
});

test('a follow-us or app promo is dropped; a sentence that names a platform stays', () => {
  const html = `<html><head><title>Lauf</title></head><body><article><h1>Marathon in der Stadt</h1>${paragraphs}<p>Folgst du schon unserem Kanal auf Whatsapp?</p><p>Follow Example News on Google News to get our reporting in your feeds.</p><p>Aktuelle Nachrichten aufs Handy? Hier geht es zur neuen News-App.</p><p>Die Sparkasse wies auf Facebook vorab auf Folgendes hin: Verlasst bitte zügig den Bereich hinter dem Ziel.</p></article></body></html>`;
  const result = extractArticle(html, 'https://www.example.com/news/marathon-123');
  assert.equal(result.pageType, 'article');
  if (result.pageType !== 'article') return;
  assert.doesNotMatch(result.body, /Folgst du|Google News|News-App/);
  assert.match(result.body, /wies auf Facebook vorab auf Folgendes hin/);
});
