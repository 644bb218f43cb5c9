import { z } from 'zod';
import { cursorParam, instant, limitParam } from './common.ts';

/** A page the parser did not store as an article, with the extractor's reason (issue 13). */
export const PageNotStoredResource = z.object({
  id: z.string(),
  url: z.string(),
  source: z.string(),
  pageType: z.string().describe('the extractor’s page type: listing or unknown'),
  reason: z.string().describe('front-page, crawl-start, section-front, link-list, service-page, no-body, …'),
  detail: z.string().nullable().describe('the extractor’s words and signals behind the reason'),
  crawlContext: z.string().nullable().describe('why the crawler fetched it: start, feed, sitemap, …'),
  extractorVersion: z.string(),
  traceId: z.string().describe('the last sighting’s trace'),
  count: z.number().int().describe('fetches of this URL not stored for this reason'),
  firstSeenAt: z.string(),
  lastSeenAt: z.string(),
  expiresAt: z.string().describe('when the record goes, unless the page is seen again'),
});

/** A source's name, as sources are named (contracts: lower-case letters, digits, _ and -). */
const sourceName = z
  .string()
  .regex(/^[a-z0-9][a-z0-9_-]{0,62}$/, 'a source name: lower-case letters, digits, _ and - (max 63)');
/** An extractor reason code (`front-page`, `service-page`, …). */
const reasonCode = z
  .string()
  .regex(/^[a-z][a-z0-9_-]{0,62}$/, 'a reason code such as front-page: lower-case letters, digits, _ and -');

export const PageNotStoredListQuery = z
  .object({
    source: sourceName.optional(),
    reason: reasonCode.optional(),
    limit: limitParam(500, 50),
    cursor: cursorParam,
  })
  .strict();

export const NotStoredReasonsQuery = z
  .object({
    source: sourceName.optional(),
    since: instant.optional().describe('last seen at or after this instant; default: 24 hours ago'),
  })
  .strict();

export const NotStoredReasons = z.object({
  since: z.string(),
  data: z.array(
    z.object({
      reason: z.string(),
      pages: z.number().int().describe('distinct pages (URL and reason)'),
      sightings: z.number().int().describe('their fetches, revisits included'),
    }),
  ),
});
