// Tune and check halves of the development corpora: pages are grouped by site (registrable
// domain of the page URL), the groups of one corpus sorted by name, and every fifth group
// (the 5th, 10th, …) is the check half. Rules are tuned on the tune half only; the check half
// is looked at only to check, and both are reported.

/** Second-level labels under which a registrable domain has three labels (bbc.co.uk). */
const SECOND_LEVEL = new Set(['co', 'com', 'org', 'net', 'ac', 'gov', 'ne', 'or', 'go', 'edu']);

export function siteGroup(url: string): string {
  if (!URL.canParse(url)) return url;
  const labels = new URL(url).hostname.replace(/^www\d*\./, '').split('.');
  const n = labels.length;
  if (n >= 3 && SECOND_LEVEL.has(labels[n - 2]!) && labels[n - 1]!.length === 2)
    return labels.slice(-3).join('.');
  return labels.slice(-2).join('.');
}

export type Half = 'tune' | 'check';

/** The half of every page url of one corpus. */
export function halvesOf(urls: string[]): { halfOf: (url: string) => Half; groups: Record<Half, number> } {
  const groups = [...new Set(urls.map(siteGroup))].sort();
  const check = new Set(groups.filter((_, i) => i % 5 === 4));
  return {
    halfOf: (url) => (check.has(siteGroup(url)) ? 'check' : 'tune'),
    groups: { check: check.size, tune: groups.length - check.size },
  };
}
