import { SourceConfig } from '@newsflow/contracts';
import { z } from 'zod';

/** A source as the API shows it (public view: no allow/deny patterns or network flags). */
export const SourcePublic = z.object({
  name: z.string(),
  startUrls: z.array(z.string()),
  language: z.string().nullable(),
  timezone: z.string().nullable(),
  enabled: z.boolean(),
  lastCrawlAt: z.string().nullable(),
  lastNewArticleAt: z.string().nullable(),
});

/** The admin view: every field of the source's configuration (SourceConfig), plus crawl times. */
export const SourceAdmin = SourcePublic.extend({
  allow: z.array(z.string()),
  deny: z.array(z.string()),
  recrawlIntervalMinutes: z.number(),
  revisitAfterMinutes: z.array(z.number()),
  minDelayMs: z.number(),
  maxConcurrency: z.number(),
  allowPrivateNetwork: z.boolean(),
}).loose();

/** Creating a source: the same schema sources.yaml uses. */
export const SourceCreate = SourceConfig;

/**
 * An update: any of the source's fields but its name, none defaulted (an absent field keeps its
 * value); the merged source is validated again with SourceConfig.
 */
export const SourceUpdate = z
  .object(
    Object.fromEntries(
      Object.entries(SourceConfig.shape)
        .filter(([key]) => key !== 'name')
        .map(([key, schema]) => [
          key,
          (schema instanceof z.ZodDefault ? schema.unwrap() : schema).optional(),
        ]),
    ) as unknown as { [K in Exclude<keyof typeof SourceConfig.shape, 'name'>]: z.ZodOptional<z.ZodType> },
  )
  .strict();

export const SourceParams = z.object({ name: z.string().regex(/^[a-z0-9][a-z0-9_-]{0,62}$/) }).strict();

export const CrawlQueued = z.object({ source: z.string(), queued: z.number().int() });
