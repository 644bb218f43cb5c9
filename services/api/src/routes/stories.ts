import type { Store, Story } from '@newsflow/store';
import { Router } from 'express';
import { z } from 'zod';
import { parseParams, parseQuery } from '../http/validate.ts';
import type { RouteCatalog } from '../openapi/catalog.ts';
import { HttpProblem } from '../problem.ts';
import { cursorParam, decodeCursor, instant, keysetPage, limitParam, name, Page } from '../schemas/common.ts';

/** An entity as the enricher stores it in an article's enrichment. */
type StoredEntity = { key?: string; name: string; type: string; count?: number };

const StoryResource = z.object({
  id: z.string(),
  title: z.string(),
  articleCount: z.number().int(),
  sources: z.array(z.string()),
  entityKeys: z.array(z.string()),
  firstSeenAt: z.string(),
  lastArticleAt: z.string(),
});

const StoryArticle = z.object({
  id: z.string(),
  title: z.string(),
  source: z.string(),
  url: z.string(),
  publishedAt: z.string().nullable(),
});

const StoryListQuery = z
  .object({ limit: limitParam(100), cursor: cursorParam, source: name().optional() })
  .strict();
const StoryParams = z.object({ id: name(100) }).strict();
/** Articles listed with one story: a story of more is summarised by its counts. */
const STORY_ARTICLES = 200;

/**
 * Articles read per entities query, newest first: bounds one query's work (its cost over 100 000
 * articles is in `npm run bench:api`); a period with more is counted over its newest articles
 * and says so (`truncated`).
 */
const MAX_ENTITY_ARTICLES = 20_000;

const EntityType = z.enum(['person', 'organization', 'place']);
const EntitiesQuery = z
  .object({
    type: EntityType.optional(),
    from: instant.optional().describe('articles published (else first seen) at or after'),
    to: instant.optional(),
    source: name().optional(),
    limit: limitParam(100),
  })
  .strict();
const EntityCount = z.object({
  key: z.string(),
  name: z.string(),
  type: z.string(),
  articles: z.number().int().describe('articles mentioning it'),
  mentions: z.number().int().describe('mentions over those articles'),
});

function toStory(story: Story): z.infer<typeof StoryResource> {
  return {
    id: story._id,
    title: story.title,
    articleCount: story.articleCount,
    sources: story.sources,
    entityKeys: story.entityKeys,
    firstSeenAt: story.firstSeenAt.toISOString(),
    lastArticleAt: story.lastArticleAt.toISOString(),
  };
}

/** Stories (articles grouped by the enricher) and top entities over a period. */
export function storiesRouter(catalog: RouteCatalog, store: Store): Router {
  const router = Router();

  catalog.add(
    router,
    {
      method: 'get',
      path: '/v1/stories',
      operationId: 'listStories',
      summary: 'Stories, latest article first',
      tag: 'stories',
      access: 'reader',
      query: StoryListQuery,
      responses: { 200: { description: 'A page of stories', schema: Page(StoryResource) } },
    },
    async (req, res) => {
      const query = parseQuery(StoryListQuery, req);
      const cursor = query.cursor ? decodeCursor(query.cursor) : undefined;
      const page = await store.stories.list(
        { source: query.source },
        { limit: query.limit + 1, after: cursor && { at: cursor.t, id: cursor.id } },
      );
      const { data, nextCursor } = keysetPage(page, query.limit, (story) => [story.lastArticleAt, story._id]);
      res.json({ data: data.map(toStory), nextCursor });
    },
  );

  catalog.add(
    router,
    {
      method: 'get',
      path: '/v1/stories/:id',
      operationId: 'getStory',
      summary: 'One story with its articles, oldest first',
      tag: 'stories',
      access: 'reader',
      params: StoryParams,
      responses: {
        200: { description: 'The story', schema: StoryResource.extend({ articles: z.array(StoryArticle) }) },
        404: { description: 'No story has this id' },
      },
    },
    async (req, res) => {
      const { id } = parseParams(StoryParams, req);
      const story = await store.stories.get(id);
      if (!story) throw new HttpProblem(404, 'Not Found', 'no story has this id');
      const articles = await store.articles.storyMembers(id, ['title', 'source', 'url', 'publishedAt'], {
        limit: STORY_ARTICLES,
      });
      res.json({
        ...toStory(story),
        articles: articles.map((article) => ({
          id: article._id,
          title: article.title,
          source: article.source,
          url: article.url,
          publishedAt: article.publishedAt?.toISOString() ?? null,
        })),
      });
    },
  );

  catalog.add(
    router,
    {
      method: 'get',
      path: '/v1/entities',
      operationId: 'topEntities',
      summary: 'Top people, organisations and places over a period, by articles mentioning them',
      tag: 'stories',
      access: 'reader',
      query: EntitiesQuery,
      responses: {
        200: {
          description: 'Entities, most mentioned first',
          schema: z.object({
            data: z.array(EntityCount),
            articlesCounted: z.number().int(),
            truncated: z.boolean().describe('the period has more articles than were counted'),
          }),
        },
      },
    },
    async (req, res) => {
      const query = parseQuery(EntitiesQuery, req);
      // Counted here, not in an aggregation: the newest enriched articles of the period are read
      // through sortAt windows (bounded), then their entities tallied.
      const articles = await store.articles.newestEntities(
        { source: query.source, from: query.from, before: query.to },
        MAX_ENTITY_ARTICLES,
      );
      const byKey = new Map<string, z.infer<typeof EntityCount>>();
      for (const article of articles) {
        const entities = (article.enrichment as { entities?: StoredEntity[] } | null)?.entities;
        for (const entity of entities ?? []) {
          if (query.type && entity.type !== query.type) continue;
          const key = entity.key ?? `${entity.type}:${entity.name}`;
          const counted = byKey.get(key) ?? {
            key,
            name: entity.name,
            type: entity.type,
            articles: 0,
            mentions: 0,
          };
          counted.articles += 1;
          counted.mentions += entity.count ?? 1;
          byKey.set(key, counted);
        }
      }
      const data = [...byKey.values()]
        .sort((a, b) => b.articles - a.articles || b.mentions - a.mentions || a.key.localeCompare(b.key))
        .slice(0, query.limit);
      res.json({
        data,
        articlesCounted: articles.length,
        truncated: articles.length === MAX_ENTITY_ARTICLES,
      });
    },
  );

  return router;
}
