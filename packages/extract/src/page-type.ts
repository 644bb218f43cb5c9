// Article or listing: structured article markup plus a real body make an article; a page
// whose content is mostly headline links is a listing ("Latest news", section fronts).
import type { PageLink } from './types.ts';

/** Body length (characters) above which a page is an article even without article markup,
 * and below which marked-up pages are still checked for being listings. Set by hand from
 * aeb-dev bodies (shortest DEV body: ~500 characters) and the seed page; re-check with the tests. */
const MIN_ARTICLE_BODY = 400;
const MIN_MARKED_BODY = 150;
/** A listing offers at least this many links whose anchor text reads like a headline. */
const MIN_HEADLINE_LINKS = 8;
const HEADLINE_WORDS = 4;

export interface PageSignals {
  bodyLength: number;
  bodyParagraphs: number;
  markedAsArticle: boolean;
  links: PageLink[];
  url: string;
}

export type PageKind = 'article' | 'listing' | 'unknown';

export function classifyPage(s: PageSignals): PageKind {
  if (s.markedAsArticle && s.bodyLength >= MIN_MARKED_BODY) return 'article';
  if (s.bodyLength >= MIN_ARTICLE_BODY && s.bodyParagraphs >= 2) return 'article';
  const headlineLinks = s.links.filter((l) => l.text.split(/\s+/).length >= HEADLINE_WORDS).length;
  if (headlineLinks >= MIN_HEADLINE_LINKS) return 'listing';
  if (s.bodyLength >= MIN_MARKED_BODY) return 'article';
  return 'unknown';
}
