// Decides which discovered links are worth scheduling for a source: same site unless
// allowed, operator allow/deny patterns, a depth limit, and no obvious non-page assets.
import { getDomain } from 'tldts';
import { type CanonicalUrlOptions, canonicalUrl } from '../url/canonical-url.ts';
import { ASSET_EXTENSIONS } from './asset-extensions.ts';

export interface LinkFilterOptions {
  /** The source's start URLs: their registrable domains (eTLD+1) define "same site". */
  siteUrls: readonly string[];
  /** Other hosts whose links are followed too; `.example.com` also admits its subdomains. */
  allowedHosts?: readonly string[];
  /** When given, a URL must match one (strings are regular expressions, as in sources.yaml). */
  allow?: ReadonlyArray<string | RegExp>;
  /** A URL matching any is dropped; deny wins over allow. */
  deny?: ReadonlyArray<string | RegExp>;
  /** Link depth from a start URL (start URLs and feed items are 0); default 3. */
  maxDepth?: number;
  canonical?: CanonicalUrlOptions;
}

export type LinkRejection = 'invalid_url' | 'other_site' | 'denied' | 'not_allowed' | 'too_deep' | 'asset';

export type LinkDecision = { accepted: true; url: string } | { accepted: false; reason: LinkRejection };

export type LinkFilter = (url: string, depth: number) => LinkDecision;

export function createLinkFilter(options: LinkFilterOptions): LinkFilter {
  const siteDomains = new Set(options.siteUrls.map((url) => siteOf(new URL(url).hostname)));
  const allowedHosts = (options.allowedHosts ?? []).map((host) => host.toLowerCase());
  const allow = (options.allow ?? []).map(toRegExp);
  const deny = (options.deny ?? []).map(toRegExp);
  const maxDepth = options.maxDepth ?? 3;

  const hostAllowed = (host: string) =>
    siteDomains.has(siteOf(host)) ||
    allowedHosts.some((allowed) =>
      allowed.startsWith('.') ? host === allowed.slice(1) || host.endsWith(allowed) : host === allowed,
    );

  return (rawUrl, depth) => {
    let url: string;
    try {
      url = canonicalUrl(rawUrl, options.canonical);
    } catch {
      return { accepted: false, reason: 'invalid_url' };
    }
    if (depth > maxDepth) return { accepted: false, reason: 'too_deep' };
    const parsed = new URL(url);
    if (!hostAllowed(parsed.hostname)) return { accepted: false, reason: 'other_site' };
    const extension = /\.([a-z0-9]{1,5})$/i.exec(parsed.pathname)?.[1]?.toLowerCase();
    if (extension && ASSET_EXTENSIONS.has(extension)) return { accepted: false, reason: 'asset' };
    if (deny.some((pattern) => pattern.test(url))) return { accepted: false, reason: 'denied' };
    if (allow.length > 0 && !allow.some((pattern) => pattern.test(url))) {
      return { accepted: false, reason: 'not_allowed' };
    }
    return { accepted: true, url };
  };
}

// The registrable domain by the public suffix list (news.bbc.co.uk → bbc.co.uk); hosts
// without one (IPs, `localhost`, test names) stand for themselves.
function siteOf(host: string): string {
  const bare = host.toLowerCase().replace(/\.$/, '');
  return getDomain(bare, { allowPrivateDomains: true }) ?? bare;
}

function toRegExp(pattern: string | RegExp): RegExp {
  return typeof pattern === 'string' ? new RegExp(pattern) : pattern;
}
