// The lead paragraph shown between headline and text is part of the body, even outside the
// main text container; a display subheadline and a caption repeating the description are not.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractArticle } from '../src/index.ts';
import { germanParagraphs } from './paragraphs.ts';

const paragraphs = germanParagraphs(5);
const description =
  'Die Landessynode hat begonnen. Am ersten Tag sprachen auch Betroffene über ihre Erfahrungen.';
const page = (header: string) =>
  `<html><head><title>Synode</title><meta property="og:description" content="${description}"></head><body><header><h1>Synode beginnt</h1>${header}</header><figure><img src="/s.jpg"><figcaption>${description}</figcaption></figure><div class="article-body">${paragraphs}</div></body></html>`;

test('a lead paragraph in the header that shows the description opens the body', () => {
  const result = extractArticle(
    page(`<p class="article-lead">Coburg. ${description}</p>`),
    'https://www.example.de/nachrichten/synode-100.html',
  );
  assert.equal(result.pageType, 'article');
  if (result.pageType !== 'article') return;
  const blocks = result.body.split('\n\n');
  assert.equal(blocks[0], `Coburg. ${description}`);
  assert.equal(blocks.length, 6);
});

test('a display subheadline or a caption with the description text is not added to the body', () => {
  const result = extractArticle(
    page(`<h2 class="sub-head">${description}</h2>`),
    'https://www.example.com/news/synod-100.html',
  );
  assert.equal(result.pageType, 'article');
  if (result.pageType !== 'article') return;
  assert.doesNotMatch(result.body, /Landessynode/);
  assert.equal(result.body.split('\n\n').length, 5);
});
