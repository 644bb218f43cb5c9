// Info and fact boxes beside the article text (background figures, author notes, help
// lines) are not the article's running text.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractArticle } from '../src/index.ts';
import { germanParagraphs } from './paragraphs.ts';

const paragraphs = germanParagraphs(6);

test('an element named infobox, info-box, factbox or faktenbox is dropped with its text', () => {
  const html = `<html><head><title>Arbeit</title></head><body><article><h1>Mehr Geflüchtete in Arbeit</h1><div class="article-body">${paragraphs}<div class="infobox border--top"><h3>Geflüchtete in Hessen</h3><p>Unter den rund 89.500 Geflüchteten sind 65.500 Menschen im erwerbsfähigen Alter.</p></div><aside-box class="fm-box flexmodule--factbox"><p>Die Autorin war Direktorin für politische Planung, heute leitet sie eine Denkfabrik.</p></aside-box><div class="faktenbox"><p>Hilfe gibt es rund um die Uhr unter der Nummer 116 123.</p></div></div></article></body></html>`;
  const result = extractArticle(html, 'https://www.example.de/wirtschaft/gefluechtete-arbeit-100.html');
  assert.equal(result.pageType, 'article');
  if (result.pageType !== 'article') return;
  assert.doesNotMatch(result.body, /89\.500|Denkfabrik|116 123/);
  assert.equal(result.body.split('\n\n').length, 6);
});
