import type { Source } from '@newsflow/store';

/**
 * Whether a discovered link belongs to the source's crawl: on one of the source's own hosts
 * (`www.` ignored), matching an allow pattern when there are any, and no deny pattern.
 */
export function isLinkInScope(source: Pick<Source, 'startUrls' | 'allow' | 'deny'>, url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return false;
  const host = (hostname: string) => hostname.replace(/^www\./, '');
  const sourceHosts = new Set(source.startUrls.map((start) => host(new URL(start).hostname)));
  if (!sourceHosts.has(host(parsed.hostname))) return false;
  if (source.deny.some((pattern) => new RegExp(pattern).test(url))) return false;
  return source.allow.length === 0 || source.allow.some((pattern) => new RegExp(pattern).test(url));
}
