import { type ArticleFilter, termsOf } from '@newsflow/store';
import { z } from 'zod';
import { HttpProblem } from '../problem.ts';
import { cursorParam, instant, limitParam, name } from './common.ts';

const Entity = z
  .object({ name: z.string(), type: z.string(), key: z.string().optional(), count: z.number() })
  .loose();

/** The article as API consumers see it: storage internals (hashes, _id, sort keys) left out. */
export const ArticleResource = z.object({
  id: z.string(),
  url: z.string(),
  canonicalUrl: z.string(),
  source: z.string(),
  title: z.string(),
  subtitle: z.string().nullable(),
  authors: z.array(z.string()),
  section: z.string().nullable(),
  tags: z.array(z.string()),
  publishedAt: z.string().nullable(),
  modifiedAt: z.string().nullable(),
  language: z.string().nullable(),
  body: z.string(),
  leadImage: z.string().nullable(),
  related: z.array(z.object({ title: z.string(), url: z.string(), publishedAt: z.string().nullish() })),
  status: z.enum(['parsed', 'enriched']),
  storyId: z.string().nullable(),
  enrichment: z
    .object({ entities: z.array(Entity).optional() })
    .loose()
    .nullable(),
  firstSeenAt: z.string(),
  updatedAt: z.string(),
});
export type ArticleResource = z.infer<typeof ArticleResource>;

export const ARTICLE_FIELDS = Object.keys(ArticleResource.shape) as (keyof ArticleResource)[];

/** `fields=title,publishedAt`: the resource fields to return (`id` always comes back). */
const fieldsParam = z
  .string()
  .max(500)
  .transform((text, ctx) => {
    const fields = text.split(',').map((field) => field.trim());
    const unknown = fields.filter((field) => !(ARTICLE_FIELDS as string[]).includes(field));
    if (unknown.length > 0) {
      ctx.addIssue({ code: 'custom', message: `unknown field(s) ${unknown.join(', ')}` });
      return z.NEVER;
    }
    return [...new Set(['id', ...fields])] as (keyof ArticleResource)[];
  })
  .optional()
  .describe(`comma-separated subset of: ${ARTICLE_FIELDS.join(', ')}`);

/** Filters shared by the list and the live stream. */
export const articleFilters = {
  source: name().optional().describe('source name'),
  section: name().optional(),
  language: z
    .string()
    .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/)
    .optional()
    .describe('language code, e.g. en'),
  author: name().optional().describe('an author exactly as stored'),
  entity: name().optional().describe('entity key (person:ararat mirzoyan) or canonical name'),
  story: name(100).optional().describe('story id'),
  from: instant.optional().describe('published at or after (ISO 8601)'),
  to: instant.optional().describe('published before (ISO 8601)'),
  q: z.string().trim().min(1).max(200).optional().describe('full-text: articles containing every term'),
};

export const ArticleStreamQuery = z.object(articleFilters).strict();

export function articleListQuery(maxLimit: number) {
  return z
    .object({ ...articleFilters, limit: limitParam(maxLimit), cursor: cursorParam, fields: fieldsParam })
    .strict();
}

export type ArticleFilterInput = z.infer<typeof ArticleStreamQuery>;

/** The store's filter for the query's filters; values stay plain strings and dates. */
export function articleFilter(query: ArticleFilterInput): ArticleFilter {
  const filter: ArticleFilter = {
    source: query.source,
    section: query.section,
    language: query.language,
    author: query.author,
    storyId: query.story,
    entity: query.entity,
    // Published bounds: sortAt is publishedAt for dated articles, and undated ones are left out.
    from: query.from,
    before: query.to,
    datedOnly: query.from !== undefined || query.to !== undefined ? true : undefined,
  };
  if (query.q) {
    const terms = [...new Set(termsOf(query.q))];
    if (terms.length === 0) throw new HttpProblem(400, 'Invalid query parameter', 'q: no searchable term');
    filter.terms = terms;
  }
  return filter;
}
