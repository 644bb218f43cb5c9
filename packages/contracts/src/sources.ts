import safeRegex from 'safe-regex2';
import { z } from 'zod';

/** Articles are fetched again 1 hour and 1 day after their first fetch unless a source says otherwise. */
export const DEFAULT_REVISIT_AFTER_MINUTES: readonly number[] = [60, 1440];

/**
 * Links from article pages admitted per source and crawl round unless a source says otherwise.
 * Chosen by hand, not calibrated: feeds, sitemaps and listing pages are meant to bring most
 * articles and article pages the few they miss; 50 bounds what one page of hundreds of relative
 * links can cost a host per round (the focus bench: 60-article sites, all stored within it).
 */
export const DEFAULT_ARTICLE_LINK_BUDGET = 50;

/**
 * Why an allow/deny pattern is refused, or null. Patterns come from admins (API, sources.yaml) and
 * run against every discovered URL, so one with catastrophic backtracking (`^(a+)+$` took 1.2 s on
 * 28 characters) would stall the crawler: `safe-regex2` (fastify's) refuses nested quantifiers
 * (star height above 1) and very many repetitions. It is a heuristic: a few safe patterns such as
 * `(a+)+` written on purpose are refused too, and an overlapping alternation like `(a|a)*` passes.
 */
function patternProblem(pattern: string): string | null {
  try {
    new RegExp(pattern);
  } catch {
    return 'not a valid regular expression';
  }
  return safeRegex(pattern) ? null : 'may backtrack catastrophically (nested quantifiers)';
}

/**
 * A news source as an operator configures it (sources.yaml, later the API). Validated on the way
 * in, so the crawler only ever sees well-formed sources.
 */
export const SourceConfig = z
  .object({
    name: z.string().regex(/^[a-z0-9][a-z0-9_-]{0,62}$/, 'lower-case letters, digits, _ and - (max 63)'),
    startUrls: z
      .array(z.url({ protocol: /^https?$/ }))
      .min(1)
      .max(100),
    /** RSS/Atom/JSON feeds polled on the recrawl interval; found from the front page when empty. */
    feeds: z
      .array(z.url({ protocol: /^https?$/ }))
      .max(100)
      .default([]),
    /** Sitemaps (indexes, gzip, Google News) polled on the recrawl interval; from robots.txt when empty. */
    sitemaps: z
      .array(z.url({ protocol: /^https?$/ }))
      .max(100)
      .default([]),
    /** Look for feeds on the start pages and sitemaps in robots.txt when none are configured. */
    discover: z.boolean().default(true),
    /** Link depth followed from the start URLs; null: the crawler's MAX_CRAWL_DEPTH. */
    maxDepth: z.number().int().min(0).max(20).nullable().default(null),
    /** How this site's `www.` and trailing-slash variants are folded before dedup. */
    canonical: z
      .object({
        www: z.enum(['keep', 'strip', 'add']).default('keep'),
        trailingSlash: z.enum(['keep', 'strip', 'add']).default('keep'),
      })
      .strict()
      .default({ www: 'keep', trailingSlash: 'keep' }),
    allow: z.array(z.string().max(500)).max(100).default([]),
    deny: z.array(z.string().max(500)).max(100).default([]),
    timezone: z.string().max(100).nullable().default(null),
    language: z.string().max(20).nullable().default(null),
    recrawlIntervalMinutes: z
      .number()
      .int()
      .min(1)
      .max(7 * 24 * 60)
      .default(15),
    /**
     * When to fetch an article again after its first fetch, in minutes (fractions allowed), to
     * pick up corrections and updates; conditional GET, and an unchanged page is not published
     * again. Empty: articles are fetched once.
     */
    revisitAfterMinutes: z
      .array(
        z
          .number()
          .positive()
          .max(30 * 24 * 60),
      )
      .max(5)
      .default([...DEFAULT_REVISIT_AFTER_MINUTES]),
    /**
     * New URLs a round may admit from links found in article pages (related articles, say):
     * those are followed only when they look like the source's articles or listings, and at
     * most this many per crawl round. Feeds, sitemaps and listing pages are not counted.
     */
    articleLinkBudget: z.number().int().min(0).max(100_000).default(DEFAULT_ARTICLE_LINK_BUDGET),
    minDelayMs: z.number().int().min(0).max(600_000).default(1000),
    maxConcurrency: z.number().int().min(1).max(32).default(2),
    allowPrivateNetwork: z.boolean().default(false),
    /** This source's user agent instead of the crawler's USER_AGENT; it must name a contact URL. */
    userAgent: z
      .string()
      .max(300)
      // Sent as a request header: printable ASCII only (no CR/LF header injection, no controls).
      .regex(/^[\x20-\x7e]+$/, 'printable ASCII only (no CR, LF or other control characters)')
      .regex(/https?:\/\/\S+/, 'must include a contact URL (http:// or https://)')
      .nullable()
      .default(null),
    enabled: z.boolean().default(true),
  })
  .strict()
  .superRefine((source, ctx) => {
    for (const list of ['allow', 'deny'] as const) {
      source[list].forEach((pattern, i) => {
        const problem = patternProblem(pattern);
        if (problem) ctx.addIssue({ code: 'custom', path: [list, i], message: `${problem}: ${pattern}` });
      });
    }
    if (source.revisitAfterMinutes.some((minutes, i, all) => i > 0 && minutes <= all[i - 1]!))
      ctx.addIssue({
        code: 'custom',
        path: ['revisitAfterMinutes'],
        message: 'must be in increasing order',
      });
    if (source.timezone) {
      try {
        new Intl.DateTimeFormat('en', { timeZone: source.timezone });
      } catch {
        ctx.addIssue({ code: 'custom', path: ['timezone'], message: `unknown time zone ${source.timezone}` });
      }
    }
  });
export type SourceConfig = z.infer<typeof SourceConfig>;

export const SourcesFile = z.object({ sources: z.array(SourceConfig).max(10_000) }).strict();
