// Issue 12: a page with a 10 000-character title was stored, then its `articles.parsed.v1` event
// failed the contract's 2 000-character limit: the article stayed `parsed` for ever and a replay
// failed the same way. The parser fits what it extracts to the contracts before storing it, so
// what it stores always makes a valid event (also when rebuilt from the store to re-enrich).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LIMITS, newTraceId, type PageFetched } from '@newsflow/contracts';
import { canonicalUrl } from '@newsflow/crawl';
import { type ArticleExtraction, extractArticle } from '@newsflow/extract';
import { articleParsedEvent } from '@newsflow/stage';
import { DEMO_ARTICLES } from '@newsflow/testing';
import { articleUrl, toParsedArticle } from '../src/page-to-article.ts';

const URL_ = 'https://news.example/en/post/1';

function page(title: string, lang = 'en'): PageFetched {
  return {
    schemaVersion: 1,
    traceId: newTraceId(),
    source: 'test',
    url: URL_,
    finalUrl: URL_,
    status: 200,
    contentType: 'text/html',
    fetchedAt: new Date().toISOString(),
    depth: 1,
    html: `<!DOCTYPE html><html lang="${lang}"><head><title>${title}</title>
<meta property="og:type" content="article"><meta property="og:title" content="${title}">
<meta property="article:published_time" content="2024-06-18T09:21:00+04:00"></head>
<body><main><article><h1>${title}</h1>
${DEMO_ARTICLES[1]!.paragraphs.map((p) => `<p>${p}</p>`).join('\n')}
</article></main></body></html>`,
  };
}

function parse(fetched: PageFetched, override: Partial<ArticleExtraction> = {}) {
  const extraction = extractArticle(fetched.html, fetched.finalUrl, { fetchedAt: new Date() });
  assert.equal(extraction.pageType, 'article');
  const article = toParsedArticle(
    fetched,
    { ...(extraction as ArticleExtraction), ...override },
    articleUrl(fetched, null, canonicalUrl),
  );
  return article;
}

describe('the parser fits extracted articles to the contracts', () => {
  it('stores a 10 000-character title cut to the limit and flagged, and its event is valid', () => {
    const title = Array.from({ length: 1000 }, (_, i) => `word${i % 10}`)
      .join(' ')
      .padEnd(10_000, 'x')
      .slice(0, 10_000);
    const article = parse(page(title));
    assert.equal(article.title.length, LIMITS.title);
    assert.deepEqual((article.extraction as { fitted?: string[] }).fitted, ['title']);
    const event = articleParsedEvent(article, newTraceId());
    assert.equal(event.title, article.title);
  });

  it('stores an over-long language tag and an unrepresentable date fitted, and its event is valid', () => {
    const article = parse(page('A title'), {
      language: 'en-US-x-private-use-subtags',
      publishedAt: '+020000-01-01T00:00:00.000Z',
    });
    assert.equal(article.language, 'en');
    assert.equal(article.publishedAt, null);
    assert.deepEqual((article.extraction as { fitted?: string[] }).fitted, ['language', 'publishedAt']);
    assert.doesNotThrow(() => articleParsedEvent(article, newTraceId()));
  });

  it('keeps the fetched URL when the page declares a canonical URL too long to carry', () => {
    const fetched = page('A title');
    const declared = `https://news.example/en/post/1?${'a=1&'.repeat(1100)}`;
    assert.equal(articleUrl(fetched, declared, canonicalUrl), canonicalUrl(URL_));
  });

  it('rebuilds a valid event from an article stored before the limits were enforced', () => {
    const stored = { ...parse(page('A title')), title: 't'.repeat(10_000) };
    assert.equal(articleParsedEvent(stored, newTraceId()).title.length, LIMITS.title);
  });
});
