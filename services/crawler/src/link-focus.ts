// Focused discovery: which links of a page are worth a request. Feeds, sitemaps and listing
// pages bring the articles; a link is followed only when it looks like one of the source's
// articles (the URL shapes its feeds and sitemaps taught) or like a listing (a start URL's
// shape, a short path of section words). Site furniture (login, tags, authors) and links of
// no recognisable form are not. Pure.
import { looksLikeArticleByForm, looksLikeListingByForm, urlShape } from '@newsflow/crawl';

export type LinkKind = 'article' | 'listing';

export interface SourceShapes {
  /** Learned article shapes; empty: the source has no feed or sitemap read yet. */
  article: ReadonlySet<string>;
  /** Shapes of the source's start URLs. */
  listing: ReadonlySet<string>;
}

export function startUrlShapes(startUrls: string[]): Set<string> {
  return new Set(startUrls.map(urlShape).filter((shape): shape is string => shape !== null));
}

/** Article, listing, or neither (null). */
export function linkKind(url: string, shapes: SourceShapes): LinkKind | null {
  const shape = urlShape(url);
  if (shape === null) return null;
  if (shapes.listing.has(shape)) return 'listing';
  // Without learned shapes, the generic forms of an article URL (slug or id last).
  if (shapes.article.size > 0 ? shapes.article.has(shape) : looksLikeArticleByForm(url)) return 'article';
  if (looksLikeListingByForm(url)) return 'listing';
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
