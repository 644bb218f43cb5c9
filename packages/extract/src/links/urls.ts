// URL helpers: absolute URLs for links and images, and which links are worth keeping.

/** Absolute http(s) URL of `href` against the page URL, without the fragment; null when it
 * is not a navigable web link (javascript:, mailto:, fragments, broken). */
export function absoluteUrl(href: string, base: string): string | null {
  const trimmed = href.trim();
  if (!trimmed || trimmed.startsWith('#')) return null;
  if (!URL.canParse(trimmed, base)) return null;
  const url = new URL(trimmed, base);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.hash = '';
  return url.href;
}
