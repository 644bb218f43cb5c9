// robots.txt as rules we can ask questions of (RFC 9309), parsed by `robots-parser`.
import robotsParserModule from 'robots-parser';

interface ParsedRobots {
  isAllowed(url: string, ua?: string): boolean | undefined;
  getCrawlDelay(ua?: string): number | undefined;
  getSitemaps(): string[];
}
// robots-parser is CommonJS (`module.exports = fn`); Node hands it over as the default
// export, while its typings describe an ES default, hence the cast.
const robotsParser = robotsParserModule as unknown as (url: string, text: string) => ParsedRobots;

/** What the crawler needs from a robots.txt, whatever state it was found in. */
export interface RobotsRules {
  isAllowed(url: string): boolean;
  /** The group's Crawl-delay in ms (capped), or null when none applies. */
  crawlDelayMs(): number | null;
  /** `Sitemap:` lines, absolute URLs. */
  sitemaps(): string[];
}

/**
 * Crawl-delay above a minute is honoured as a minute: some sites set hours, which would
 * stop a news source from ever being current; a minute per page is still far below any load.
 */
export const MAX_CRAWL_DELAY_MS = 60_000;

/** Rules from a robots.txt body, matched for the product token of our user agent. */
export function parseRobotsTxt(robotsUrl: string, text: string, userAgentToken: string): RobotsRules {
  const robots = robotsParser(robotsUrl, text);
  return {
    // robots-parser answers undefined for URLs of another origin: those are not its to allow.
    isAllowed: (url) => robots.isAllowed(url, userAgentToken) ?? false,
    crawlDelayMs: () => {
      const seconds = robots.getCrawlDelay(userAgentToken);
      if (seconds === undefined || !Number.isFinite(seconds) || seconds < 0) return null;
      return Math.min(seconds * 1000, MAX_CRAWL_DELAY_MS);
    },
    sitemaps: () => robots.getSitemaps(),
  };
}

/** RFC 9309 §2.3.1.3: robots.txt unavailable (4xx) means no restrictions. */
export const ALLOW_ALL: RobotsRules = {
  isAllowed: () => true,
  crawlDelayMs: () => null,
  sitemaps: () => [],
};

/** RFC 9309 §2.3.1.4: robots.txt unreachable (5xx, network) means assume complete disallow. */
export const DISALLOW_ALL: RobotsRules = {
  isAllowed: () => false,
  crawlDelayMs: () => null,
  sitemaps: () => [],
};
