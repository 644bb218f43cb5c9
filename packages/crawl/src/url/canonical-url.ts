// One article, one URL: the form every fetched or discovered URL is reduced to before dedup.
import { TRACKING_PARAM_PREFIXES, TRACKING_PARAMS } from './tracking-params.ts';

/** Per-site choices: whether `www.` and a trailing slash are significant is a property of the site. */
export interface CanonicalUrlOptions {
  /** 'strip' drops a leading `www.`, 'add' adds one, 'keep' (default) leaves the host as is. */
  www?: 'strip' | 'add' | 'keep';
  /** 'strip' drops a trailing `/` from non-root paths, 'add' adds one, 'keep' (default) leaves it. */
  trailingSlash?: 'strip' | 'add' | 'keep';
  /** Further parameters this site uses only for tracking (compared lower-case). */
  extraTrackingParams?: readonly string[];
  /** Drop the whole query string (for sites whose article URLs never need one). */
  dropQuery?: boolean;
}

const DEFAULT_PORTS: Record<string, string> = { 'http:': '80', 'https:': '443' };

/** Whether a query parameter name is a tracking parameter (built-in list plus the site's own). */
export function isTrackingParam(name: string, extra: readonly string[] = []): boolean {
  const lower = name.toLowerCase();
  if (TRACKING_PARAMS.has(lower)) return true;
  if (TRACKING_PARAM_PREFIXES.some((prefix) => lower.startsWith(prefix))) return true;
  return extra.some((param) => param.toLowerCase() === lower);
}

/**
 * The canonical form of an http(s) URL: lower-case scheme and host (IDN as punycode), no
 * default port, no fragment, no tracking parameters, remaining parameters sorted by name
 * (stable for repeated names), dot segments resolved, and the site's `www.`/trailing-slash
 * preference applied. Throws a TypeError for an unparsable or non-http(s) URL.
 */
export function canonicalUrl(input: string | URL, options: CanonicalUrlOptions = {}): string {
  const url = new URL(typeof input === 'string' ? input.trim() : input.href);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new TypeError(`not an http(s) URL: ${url.protocol}`);
  }
  url.hash = '';
  url.username = '';
  url.password = '';
  if (DEFAULT_PORTS[url.protocol] === url.port) url.port = '';
  // WHATWG URL already lower-cases the host; a trailing dot names the same host.
  let host = url.hostname.replace(/\.$/, '');
  if (options.www === 'strip' && host.startsWith('www.')) host = host.slice(4);
  if (options.www === 'add' && !host.startsWith('www.') && !isIpHost(host)) host = `www.${host}`;
  url.hostname = host;

  url.pathname = applyTrailingSlash(url.pathname, options.trailingSlash ?? 'keep');

  if (options.dropQuery) {
    url.search = '';
  } else {
    const extra = options.extraTrackingParams ?? [];
    const kept = [...url.searchParams].filter(([name]) => !isTrackingParam(name, extra));
    kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    url.search = kept.length === 0 ? '' : new URLSearchParams(kept).toString();
  }
  return url.href;
}

function applyTrailingSlash(pathname: string, mode: 'strip' | 'add' | 'keep'): string {
  if (pathname === '/' || mode === 'keep') return pathname;
  if (mode === 'strip') return pathname.replace(/\/+$/, '') || '/';
  // 'add': only for paths that do not look like a file (`/a/b.html` keeps its form).
  const lastSegment = pathname.slice(pathname.lastIndexOf('/') + 1);
  if (pathname.endsWith('/') || lastSegment.includes('.')) return pathname;
  return `${pathname}/`;
}

function isIpHost(host: string): boolean {
  return /^[\d.]+$/.test(host) || host.startsWith('[');
}
