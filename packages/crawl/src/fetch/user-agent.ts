// The crawler identifies itself and says where to complain, as robots.txt etiquette asks.

export interface UserAgentParts {
  /** Product token, also the name robots.txt groups are matched against. */
  product: string;
  version: string;
  /** A page describing the crawler and how to reach its operators. */
  contactUrl: string;
}

export const DEFAULT_USER_AGENT_PARTS: UserAgentParts = {
  product: 'newsflow',
  version: '0.1',
  // Deployments set their own page (config); `.invalid` makes a forgotten one obvious in site logs.
  contactUrl: 'https://newsflow.invalid/crawler',
};

/** E.g. `Mozilla/5.0 (compatible; newsflow/0.1; +https://…)`, the form site operators recognise. */
export function buildUserAgent(parts: Partial<UserAgentParts> = {}): string {
  const { product, version, contactUrl } = { ...DEFAULT_USER_AGENT_PARTS, ...parts };
  return `Mozilla/5.0 (compatible; ${product}/${version}; +${contactUrl})`;
}

/** The token robots.txt rules are matched against: the product name of a user-agent string. */
export function robotsToken(userAgent: string): string {
  const compatible = /compatible;\s*([^/;)\s]+)/i.exec(userAgent);
  if (compatible) return compatible[1]!;
  return userAgent.split(/[/\s]/)[0] ?? userAgent;
}
