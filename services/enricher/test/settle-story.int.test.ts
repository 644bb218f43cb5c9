// settleStory against the real MongoDB-protocol server: two reports of one event that each
// started a story (enriched at the same moment) end in one, whichever of them looks last.
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { articleIdFor, contentHashOf } from '@newsflow/contracts';
import { enrichArticle, storyKeys } from '@newsflow/enrich';
import { connectStore, type Store } from '@newsflow/store';
import { internalsOf } from '@newsflow/store/internals';
import { getTestServices, isolate } from '@newsflow/testing';
import { settleStory } from '../src/settle-story.ts';
import { type Fixture, ORIGINAL, parsedArticle, SAME_STORY } from './fixtures.ts';

describe('story settlement after saving', () => {
  let store: Store;
  before(async () => {
    store = await connectStore({ uri: (await getTestServices()).mongoUri, dbName: isolate('settle').dbName });
  });
  after(async () => {
    await store?.dropDatabase().catch(() => undefined);
    await store?.close();
  });
  beforeEach(async () => {
    await internalsOf(store).collection('articles').deleteMany({});
  });

  /** Stores the article enriched in the story given (its own when none), first seen at `seenAt`. */
  async function enriched(fixture: Fixture, seenAt: Date, storyId?: string) {
    const id = articleIdFor(fixture.url);
    const contentHash = contentHashOf(fixture.title, fixture.body);
    await store.articles.saveParsed(parsedArticle(fixture, `trace-${id}`, seenAt), seenAt);
    const enrichment = enrichArticle({ ...fixture, language: 'en' });
    await store.articles.saveEnrichment(id, contentHash, {
      enrichment: { ...enrichment },
      fingerprintBands: enrichment.fingerprint.bands,
      duplicateOf: null,
      storyKeys: storyKeys(enrichment),
      storyId: storyId ?? id,
    });
    const article = await store.articles.get(id);
    return { article: article!, keys: storyKeys(enrichment), signature: enrichment };
  }
  const storyOf = async (fixture: Fixture) => (await store.articles.get(articleIdFor(fixture.url)))?.storyId;

  const earlier = new Date('2024-06-18T05:30:00Z');
  const later = new Date('2024-06-18T11:45:00Z');

  it('moves the later-seen article into the story of the earlier one when the later one looks last', async () => {
    const first = await enriched(ORIGINAL, earlier);
    const second = await enriched(SAME_STORY, later);
    const settled = await settleStory(store.articles, second.article, second.keys, second.signature);
    assert.deepEqual(settled, { storyId: first.article._id, moved: null });
    assert.equal(await storyOf(SAME_STORY), first.article._id);
  });

  it('moves the later-seen article when the earlier one looks last, and returns it to announce', async () => {
    const first = await enriched(ORIGINAL, earlier);
    const second = await enriched(SAME_STORY, later);
    const settled = await settleStory(store.articles, first.article, first.keys, first.signature);
    assert.equal(settled.storyId, first.article._id);
    assert.equal(settled.moved?._id, second.article._id);
    assert.equal(await storyOf(SAME_STORY), first.article._id);
  });

  it('never merges a story that has more than the one article', async () => {
    const first = await enriched(ORIGINAL, earlier);
    const second = await enriched(SAME_STORY, later);
    await enriched(
      { ...SAME_STORY, url: 'https://outlet-d.example/a', source: 'outlet-d' },
      later,
      second.article._id,
    );
    const settled = await settleStory(store.articles, first.article, first.keys, first.signature);
    assert.deepEqual(settled, { storyId: first.article._id, moved: null });
    assert.equal(await storyOf(SAME_STORY), second.article._id);
  });
});
