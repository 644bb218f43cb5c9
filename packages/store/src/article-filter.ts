import { ARTICLE_INDEXES, type ArticleStatus } from './article-schema.ts';

/**
 * Which articles a list, a count or a reprocess selects. Values are plain strings and dates,
 * checked by the caller; this module alone turns them into query conditions, so no caller's
 * input reaches the store as an operator.
 */
export interface ArticleFilter {
  source?: string | undefined;
  section?: string | undefined;
  language?: string | undefined;
  /** An author exactly as stored. */
  author?: string | undefined;
  storyId?: string | undefined;
  /** An entity key (`person:ararat mirzoyan`) or an entity's canonical name. */
  entity?: string | undefined;
  /** Normalised search terms (`termsOf`): articles holding every one. Lists only (see `article-terms.ts`). */
  terms?: string[] | undefined;
  /** sortAt (publishedAt when the page states one, else first seen) at or after / before. */
  from?: Date | undefined;
  before?: Date | undefined;
  /** Only articles whose page states a publication date. */
  datedOnly?: boolean | undefined;
  status?: ArticleStatus | undefined;
  extractorVersion?: string | undefined;
  /** Enriched by another version than this (or not enriched at all). */
  enrichedNotBy?: string | undefined;
}

/** A filter without search terms: what counts and batch reads take (terms are a list's alone). */
export type ArticleSelection = Omit<ArticleFilter, 'terms'>;

/** The field an entity filter matches: a key is `type:name`; anything else is a canonical name. */
function entityField(entity: string): 'enrichment.entities.key' | 'enrichment.entities.name' {
  return /^[a-z]+:/.test(entity) ? 'enrichment.entities.key' : 'enrichment.entities.name';
}

/**
 * Conditions of a filter on the `articles` collection, without its time range (applied per window
 * by the list, newest-first.ts, or by `timeRange` where a whole range is read at once) and without
 * its terms (in `article_terms`, read by the list first).
 */
export function filterConditions(filter: ArticleSelection): Record<string, unknown>[] {
  const conditions: Record<string, unknown>[] = [];
  if (filter.source !== undefined) conditions.push({ source: filter.source });
  if (filter.section !== undefined) conditions.push({ section: filter.section });
  if (filter.language !== undefined) conditions.push({ language: filter.language });
  if (filter.author !== undefined) conditions.push({ authors: filter.author });
  if (filter.storyId !== undefined) conditions.push({ storyId: filter.storyId });
  // A key is `type:name`; anything else is a canonical name. One field each, so one index serves
  // it (an $or of the two made the local engine pick neither).
  if (filter.entity !== undefined) conditions.push({ [entityField(filter.entity)]: filter.entity });
  if (filter.status !== undefined) conditions.push({ status: filter.status });
  if (filter.extractorVersion !== undefined)
    conditions.push({ 'extraction.version': filter.extractorVersion });
  if (filter.enrichedNotBy !== undefined)
    conditions.push({ 'enrichment.version': { $ne: filter.enrichedNotBy } });
  if (filter.datedOnly) conditions.push({ publishedAt: { $ne: null } });
  return conditions;
}

/** The filter's time range on sortAt, for a query that reads the whole range at once. */
export function timeRange(filter: ArticleFilter): Record<string, unknown>[] {
  if (!filter.from && !filter.before) return [];
  return [
    {
      sortAt: {
        ...(filter.from ? { $gte: filter.from } : {}),
        ...(filter.before ? { $lt: filter.before } : {}),
      },
    },
  ];
}

export { matchAll } from './window-reads.ts';

/** Whether the filter has a condition an index of its own serves (a sparse filter may read all its rows at once). */
export function hasIndexedCondition(filter: ArticleSelection): boolean {
  return [filter.source, filter.section, filter.language, filter.author, filter.storyId, filter.entity].some(
    (value) => value !== undefined,
  );
}

/**
 * The index a list's time windows are read through when the filter holds two or more indexed
 * equalities, else undefined (the engine's planner picks). Beside another equality the planner
 * took the language index, which reads most of a window's rows (a deployment has few languages):
 * 10.1 ms for a section + language window at 100 000 articles against 2.8 ms through the section
 * index, and growing with the collection. The likely rarest condition's index is read instead.
 */
export function windowIndexFor(filter: ArticleSelection): Record<string, 1 | -1> | undefined {
  // Rarest first: one story, one entity, one author, one source, one section, one language.
  const fields = (
    [
      [filter.storyId, 'storyId'],
      [filter.entity, filter.entity === undefined ? '' : entityField(filter.entity)],
      [filter.author, 'authors'],
      [filter.source, 'source'],
      [filter.section, 'section'],
      [filter.language, 'language'],
    ] as const
  )
    .filter(([value]) => value !== undefined)
    .map(([, field]) => field);
  if (fields.length < 2) return undefined;
  // The collection's own index led by that field (article-schema.ts), so a hint never names a missing one.
  return ARTICLE_INDEXES.find(({ keys }) => Object.keys(keys)[0] === fields[0])?.keys;
}
