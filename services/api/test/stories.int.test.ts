// /v1/stories, /v1/stories/:id and /v1/entities on the shapes the enricher writes
// (article.storyId, the stories collection, enrichment.entities), with data inserted here.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { internalsOf } from '@newsflow/store/internals';
import { type Harness, makeArticle, startHarness } from './harness.ts';

// biome-ignore lint/suspicious/noExplicitAny: response bodies are read field by field, each asserted
type Body = Record<string, any>;

const DAY = 86_400_000;
const START = Date.parse('2024-06-10T00:00:00Z');
const mirzoyan = { name: 'Ararat Mirzoyan', type: 'person', key: 'person:ararat mirzoyan', count: 3 };
const verma = { name: 'Richard Verma', type: 'person', key: 'person:richard verma', count: 1 };
const armenia = { name: 'Armenia', type: 'place', key: 'place:AM', count: 2 };
const ministry = {
  name: 'Armenian Foreign Ministry',
  type: 'organization',
  key: 'organization:armenian foreign ministry',
  count: 1,
};

describe('stories and entities', { timeout: 120_000 }, () => {
  let api: Harness;
  const get = async (path: string) => {
    const response = await api.call(path, { key: api.readerKey });
    return { status: response.status, body: (await response.json()) as Body };
  };

  before(async () => {
    api = await startHarness('stories');
    const articles = [
      makeArticle(1, {
        publishedAt: new Date(START),
        storyId: 's1',
        enrichment: { entities: [mirzoyan, armenia] },
      }),
      makeArticle(2, {
        publishedAt: new Date(START + DAY),
        storyId: 's1',
        source: 'beta',
        enrichment: { entities: [mirzoyan, verma, ministry] },
      }),
      makeArticle(3, {
        publishedAt: new Date(START + 2 * DAY),
        storyId: 's2',
        enrichment: { entities: [armenia] },
      }),
      makeArticle(4, {
        publishedAt: new Date(START + 3 * DAY),
        storyId: 's3',
        enrichment: { entities: [mirzoyan] },
      }),
      makeArticle(5, { publishedAt: new Date(START + 3 * DAY), status: 'parsed', enrichment: null }),
    ];
    await internalsOf(api.store)
      .collection('articles')
      .insertMany(articles as never[]);
    const story = (id: string, title: string, first: number, last: number, count: number) => ({
      _id: id,
      title,
      articleCount: count,
      sources: ['alpha'],
      entityKeys: [],
      firstSeenAt: new Date(START + first * DAY),
      lastArticleAt: new Date(START + last * DAY),
      updatedAt: new Date(),
    });
    await internalsOf(api.store)
      .collection('stories')
      .insertMany([
        story('s1', 'Armenian, US officials discuss partnership', 0, 1, 2),
        story('s2', 'Armenia story', 2, 2, 1),
        story('s3', 'Mirzoyan story', 3, 3, 1),
      ] as never[]);
  });
  after(() => api?.close());

  it('lists stories by latest article, with cursor pages', async () => {
    const first = await get('/v1/stories?limit=2');
    assert.equal(first.status, 200);
    assert.deepEqual(
      first.body.data.map((s: { id: string }) => s.id),
      ['s3', 's2'],
    );
    const second = await get(`/v1/stories?limit=2&cursor=${first.body.nextCursor}`);
    assert.deepEqual(
      second.body.data.map((s: { id: string }) => s.id),
      ['s1'],
    );
    assert.equal(second.body.nextCursor, null);
  });

  it('serves one story with its articles, oldest first', async () => {
    const story = await get('/v1/stories/s1');
    assert.equal(story.status, 200);
    assert.equal(story.body.title, 'Armenian, US officials discuss partnership');
    assert.deepEqual(
      story.body.articles.map((a: { source: string }) => a.source),
      ['alpha', 'beta'],
    );
    assert.equal((await get('/v1/stories/nope')).status, 404);
    assert.equal((await get('/v1/articles?story=s1&fields=id')).body.data.length, 2);
  });

  it('counts top entities by articles over a period, by type', async () => {
    const all = await get('/v1/entities');
    assert.equal(all.status, 200);
    assert.deepEqual(all.body.data[0], {
      key: 'person:ararat mirzoyan',
      name: 'Ararat Mirzoyan',
      type: 'person',
      articles: 3,
      mentions: 9,
    });
    const places = await get('/v1/entities?type=place');
    assert.deepEqual(
      places.body.data.map((e: { key: string; articles: number }) => [e.key, e.articles]),
      [['place:AM', 2]],
    );
    const period = await get(
      `/v1/entities?type=person&from=${new Date(START + DAY).toISOString()}&to=${new Date(START + 3 * DAY).toISOString()}`,
    );
    assert.deepEqual(
      period.body.data.map((e: { key: string; articles: number }) => [e.key, e.articles]),
      [
        ['person:ararat mirzoyan', 1],
        ['person:richard verma', 1],
      ],
    );
    assert.equal((await get('/v1/entities?limit=1')).body.data.length, 1);
    assert.equal((await get('/v1/entities?type=animal')).status, 400);
  });
});
