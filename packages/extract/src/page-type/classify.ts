// Article, listing or neither, from every signal the page gives: structured markup (JSON-LD
// @type, og:type), the URL's shape, the body found, headline links and repeated teasers, and
// where the crawler found the page (crawl context). Every decision carries a reason code and
// the signals behind it, so a page that is not stored can be traced.
import type { CrawlContext, PageLink, PageTypeReason } from '../types.ts';
import type { UrlShape } from './url-shape.ts';

/** Body length (characters) above which a page is an article even without article markup.
 * Set by hand near the shortest aeb-dev ground-truth bodies (369, then 536+ characters); all
 * 90 development pages come out as articles with a body. Re-check with the tests and bench. */
const MIN_ARTICLE_BODY = 400;
/** Unmarked pages with a body this long and no listing signal are still articles. */
const MIN_MARKED_BODY = 150;
/** A listing offers at least this many links whose anchor text reads like a headline. */
const MIN_HEADLINE_LINKS = 8;
const HEADLINE_WORDS = 4;
/** A section-shaped URL without a body is a listing from this many headline links. Set by
 * hand (the demo site's "All news" page has 6). */
const MIN_SECTION_HEADLINES = 3;
/** A teaser grid: at least this many linked headline headings (h2–h4). Set by hand, not tuned
 * (no labelled front pages in the dev corpora): a front page shows dozens, an article's rails
 * a handful; together with a section-shaped URL and no article markup only. */
const MIN_TEASERS = 6;
/** A body this long (characters) in its own right outweighs a teaser grid beside it: an
 * article with a long related rail stays an article. Set by hand, not tuned. */
const LONG_BODY = 1500;

export interface PageSignals {
  bodyLength: number;
  bodyParagraphs: number;
  /** JSON-LD *Article/*Posting or og:type article. */
  markedAsArticle: boolean;
  /** The non-article markup found (og:type website, JSON-LD CollectionPage, AboutPage, …). */
  markedAs: string[];
  servicePageType: boolean;
  listingPageType: boolean;
  hasPublishedAt: boolean;
  links: PageLink[];
  urlShape: UrlShape;
  teasers: number;
  crawlContext?: CrawlContext | undefined;
}

export type PageKind = 'article' | 'listing' | 'unknown';

export interface PageDecision {
  kind: PageKind;
  reason: PageTypeReason;
  /** The signals behind the decision, for traces ("url=front", "og:type=website", …). */
  signals: string[];
}

export function classifyPage(s: PageSignals): PageDecision {
  const headlineLinks = s.links.filter((l) => l.text.split(/\s+/).length >= HEADLINE_WORDS).length;
  const signals = [
    `url=${s.urlShape}`,
    ...(s.markedAsArticle ? ['marked=article'] : []),
    ...s.markedAs.map((m) => `marked=${m}`),
    `body=${s.bodyLength}`,
    `headline-links=${headlineLinks}`,
    `teasers=${s.teasers}`,
    ...(s.hasPublishedAt ? ['dated'] : []),
    ...(s.crawlContext ? [`crawl=${s.crawlContext}`] : []),
  ];
  const decide = (kind: PageKind, reason: PageTypeReason): PageDecision => ({ kind, reason, signals });
  const longBody = s.bodyLength >= LONG_BODY && s.bodyParagraphs >= 3;

  // About, contact, imprint, privacy pages: the site's service pages, never news.
  if (s.servicePageType || (s.urlShape === 'service' && !(s.markedAsArticle && s.hasPublishedAt)))
    return decide('unknown', 'service-page');
  // A site's or edition's root is its front page, whatever its markup says.
  if (s.urlShape === 'front') return decide('listing', 'front-page');
  // The crawler's start page is a listing unless it is plainly an article.
  if (s.crawlContext === 'start' && !(s.markedAsArticle && s.urlShape === 'article'))
    return decide('listing', 'crawl-start');
  const sectionShaped = s.urlShape === 'section' || s.urlShape === 'other';
  // An article-shaped URL with a publication date is an article's address: a teaser grid on
  // it is the article's rails (an article with a long related-links rail stays an article).
  const datedArticleUrl = s.urlShape === 'article' && s.hasPublishedAt;
  const grid = s.teasers >= MIN_TEASERS || headlineLinks >= MIN_HEADLINE_LINKS;
  // Marked as a collection (CollectionPage, og:type website) with a teaser grid: a section front.
  if (!s.markedAsArticle && s.listingPageType && grid && !longBody && !datedArticleUrl)
    return decide('listing', 'section-front');
  if (!s.markedAsArticle && s.urlShape === 'section' && s.teasers >= MIN_TEASERS && !longBody)
    return decide('listing', 'section-front');
  // Publishers mark articles (JSON-LD NewsArticle, og:type article), not their listings: a
  // marked page with any body is an article even if its body is short.
  if (s.markedAsArticle && s.bodyLength > 0) {
    if (sectionShaped && s.teasers >= MIN_TEASERS && !longBody && !s.hasPublishedAt)
      return decide('listing', 'section-front');
    return decide('article', 'marked-article');
  }
  if (s.bodyLength >= MIN_ARTICLE_BODY && s.bodyParagraphs >= 2) {
    if (s.markedAs.some((m) => m.startsWith('og:type')) && grid && !longBody && !datedArticleUrl)
      return decide('listing', 'section-front');
    return decide('article', 'article-body');
  }
  // Found in a feed or sitemap, or an article before: an article-shaped page with some body
  // is an article even beside many headline links (its rails).
  // An article page whose text could not be found is not a listing: it says so.
  if (s.markedAsArticle && s.bodyLength === 0 && (s.urlShape === 'article' || s.hasPublishedAt))
    return decide('unknown', 'no-body');
  const leansArticle =
    s.crawlContext === 'feed' || s.crawlContext === 'sitemap' || s.crawlContext === 'revisit';
  if (s.bodyLength >= MIN_MARKED_BODY && (leansArticle || datedArticleUrl))
    return decide('article', 'article-body');
  if (headlineLinks >= MIN_HEADLINE_LINKS) return decide('listing', 'link-list');
  // A section-shaped URL ("/news", "/economy") without a body that offers a few headlines.
  if (s.urlShape === 'section' && s.bodyLength < MIN_MARKED_BODY && headlineLinks >= MIN_SECTION_HEADLINES)
    return decide('listing', 'section-front');
  if (s.bodyLength >= MIN_MARKED_BODY) return decide('article', 'article-body');
  if (s.markedAsArticle) return decide('unknown', 'no-body');
  return decide('unknown', 'no-content');
}
