// What a page URL's path says about the page: front page, service page (about, contact, …),
// section front ("/politics/") or article ("/2024/06/18/some-long-headline-slug-123").
import { FRONT_PAGE_PATH, SERVICE_PAGE_SEGMENT } from './patterns.ts';

export type UrlShape = 'front' | 'service' | 'section' | 'article' | 'other';

/** An article slug has this many hyphen/underscore-joined words, or an id of this many digits. */
const SLUG_WORDS = 3;
const ID_DIGITS = 4;

export function urlShape(url: string): UrlShape {
  if (!URL.canParse(url)) return 'other';
  const parsed = new URL(url);
  const path = parsed.pathname;
  if (FRONT_PAGE_PATH.test(path) && parsed.search === '') return 'front';
  const segments = path
    .split('/')
    .filter(Boolean)
    .map((s) => safeDecode(s));
  const last = (segments[segments.length - 1] ?? '').replace(/\.(?:s?html?|php|aspx?|jsp)$/i, '');
  if (SERVICE_PAGE_SEGMENT.test(last)) return 'service';
  const articleLike = segments.some(
    (s) =>
      s.split(/[-_+]/).filter((w) => /\p{L}/u.test(w)).length >= SLUG_WORDS ||
      new RegExp(`\\d{${ID_DIGITS},}`).test(s) ||
      /[^\x00-\x7f]{6,}/.test(s),
  );
  if (articleLike || /[?&](?:p|id|article|story|news)=\d/i.test(parsed.search)) return 'article';
  // One or two plain words ("/politics/", "/news/world"): a section front.
  if (segments.length <= 2 && segments.every((s) => /^[\p{L}]+(?:[-_][\p{L}]+)?$/u.test(s))) return 'section';
  return 'other';
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
