// The shape of a URL: what stays the same across a site's articles (section words, depth,
// where the ids and slugs sit) with the varying parts replaced by classes. Learned from a
// source's feeds and sitemaps, shapes tell an article link from site furniture without
// fetching it. Pure.
import { NON_CONTENT_WORDS } from './non-content-words.ts';

// A path segment this long is an id or a slug even without separators.
const MAX_WORD_LENGTH = 24;
// A slug has at least this many words: "story-of-the-day", not "about-us".
const MIN_SLUG_WORDS = 3;
// Without learned shapes, a slug reads as a headline from this many words: "city-library-opens-
// digital-archive" (the demo site's shortest has 5), not "broken-nav-link" or "about-our-team".
const MIN_HEADLINE_SLUG_WORDS = 4;
// A listing's path is short: a section ("/politics"), a subsection ("/news/world").
const MAX_LISTING_SEGMENTS = 2;
const PAGINATION_PARAMS = new Set(['page', 'p', 'pg', 'offset', 'start']);

type SegmentClass = 'N' | 'S' | 'W';

/** `N`: a number (with any extension); `S`: an id or slug; `W`: a word, kept as it is. */
function classify(segment: string): SegmentClass {
  const name = segment.replace(/\.(s?html?|php|aspx?|jsp)$/i, '');
  if (/^\d+$/.test(name)) return 'N';
  if (name.length > MAX_WORD_LENGTH || /\d/.test(name)) return 'S';
  if (name.split(/[-_]+/).filter(Boolean).length >= MIN_SLUG_WORDS) return 'S';
  return 'W';
}

function segmentsOf(url: URL): string[] {
  return url.pathname
    .split('/')
    .filter(Boolean)
    .map((segment) => {
      try {
        return decodeURIComponent(segment).toLowerCase();
      } catch {
        return segment.toLowerCase();
      }
    });
}

/**
 * `/news/2024/06/18/officials-meet` → `/news/N/N/N/S`; words stay, numbers become N, ids and
 * slugs S; a trailing slash is kept; query parameter names (sorted) are kept, their values not.
 * Null for an unparseable URL.
 */
export function urlShape(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  const parts = segmentsOf(parsed).map((segment) => {
    const kind = classify(segment);
    return kind === 'W' ? segment : kind;
  });
  const slash = parsed.pathname.length > 1 && parsed.pathname.endsWith('/') ? '/' : '';
  const params = [...new Set([...parsed.searchParams.keys()].map((key) => key.toLowerCase()))].sort();
  return `/${parts.join('/')}${slash}${params.length > 0 ? `?${params.join('&')}` : ''}`;
}

/** A path word of site furniture (login, about, tag, …): neither an article nor a listing. */
export function isNonContentUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return true;
  }
  return segmentsOf(parsed).some(
    (segment) =>
      NON_CONTENT_WORDS.has(segment) || segment.split(/[-_.]+/).some((part) => NON_CONTENT_WORDS.has(part)),
  );
}

/**
 * Looks like an article to someone who knows nothing of the site: its last segment is a slug
 * or an id. Used only for a source none of whose article URLs has been seen in a feed or sitemap.
 */
export function looksLikeArticleByForm(url: string): boolean {
  if (isNonContentUrl(url)) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  const last = segmentsOf(parsed)
    .at(-1)
    ?.replace(/\.(s?html?|php|aspx?|jsp)$/i, '');
  if (last === undefined) return false;
  return (
    /\d/.test(last) ||
    last.length > MAX_WORD_LENGTH ||
    last.split(/[-_]+/).filter(Boolean).length >= MIN_HEADLINE_SLUG_WORDS
  );
}

/**
 * The words of a URL that looks like a listing (a front, a section, a page of one): a short path
 * of plain words, or a numbered page of such a path (`/politics/page/2`, `/politics?page=2`),
 * not site furniture. Null for anything else.
 */
export function listingWords(url: string): string[] | null {
  if (isNonContentUrl(url)) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  const segments = segmentsOf(parsed);
  // "/section/page/2": the page number is not part of the section.
  if (segments.length >= 2 && segments.at(-2) === 'page' && classify(segments.at(-1)!) === 'N')
    segments.splice(-2, 2);
  const params = [...parsed.searchParams.keys()];
  if (params.some((key) => !PAGINATION_PARAMS.has(key.toLowerCase()))) return null;
  if (segments.length > MAX_LISTING_SEGMENTS || segments.some((segment) => classify(segment) !== 'W'))
    return null;
  return segments;
}

export function looksLikeListingByForm(url: string): boolean {
  return listingWords(url) !== null;
}

/**
 * The sections an article shape sits in: its leading words, as paths (`/news/world/N/S` →
 * '', 'news', 'news/world'). A listing link whose words are one of them is a section front of
 * the source's articles.
 */
export function sectionsOfShape(shape: string): string[] {
  const parts = shape.split('?')[0]!.split('/').filter(Boolean);
  const sections = [''];
  for (let i = 0; i < parts.length - 1; i++) {
    const part = parts[i]!;
    if (part === 'N' || part === 'S') break;
    sections.push(parts.slice(0, i + 1).join('/'));
  }
  return sections;
}
