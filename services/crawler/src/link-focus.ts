// Focused discovery: which links of a page are worth a request. Feeds, sitemaps and listing
// pages bring the articles; a link is followed only when it looks like one of the source's
// articles (the URL shapes its feeds and sitemaps taught) or like one of its listings (a start
// URL's shape, or a section front of its articles: `/politics/` when articles are
// `/politics/N/N/N/S`, and its numbered pages). Site furniture (login, tags, authors), and
// section-like paths no article lives under (`/print/`, `/live/`), are not. A source none of
// whose articles has been seen yet is judged by the generic forms instead. Pure.
import { listingWords, looksLikeArticleByForm, sectionsOfShape, urlShape } from '@newsflow/crawl';

export type LinkKind = 'article' | 'listing';

export interface SourceShapes {
  /** Learned article shapes; empty: the source has no feed or sitemap read yet. */
  article: ReadonlySet<string>;
  /** Sections of the learned article shapes (sectionsOfShape). */
  sections: ReadonlySet<string>;
  /** Shapes of the source's start URLs. */
  listing: ReadonlySet<string>;
}

export function sourceShapes(startUrls: string[], articleShapes: ReadonlySet<string>): SourceShapes {
  return {
    article: articleShapes,
    sections: new Set([...articleShapes].flatMap(sectionsOfShape)),
    listing: new Set(startUrls.map(urlShape).filter((shape): shape is string => shape !== null)),
  };
}

/** Article, listing, or neither (null). */
export function linkKind(url: string, shapes: SourceShapes): LinkKind | null {
  const shape = urlShape(url);
  if (shape === null) return null;
  if (shapes.listing.has(shape)) return 'listing';
  const learned = shapes.article.size > 0;
  if (learned ? shapes.article.has(shape) : looksLikeArticleByForm(url)) return 'article';
  const words = listingWords(url);
  if (words && (!learned || shapes.sections.has(words.join('/')))) return 'listing';
  return null;
}

/**
 * The page the links were found on: a start URL (depth 0) or a listing-shaped page is a
 * listing; anything else is treated as an article page (its links are budgeted).
 */
export function pageKind(url: string, depth: number, shapes: SourceShapes): LinkKind {
  if (depth === 0) return 'listing';
  return linkKind(url, shapes) === 'listing' ? 'listing' : 'article';
}
