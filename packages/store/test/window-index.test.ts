// Which index a list's windows are read through (article-filter.ts): the planner's own pick for one
// equality, the rarest condition's index for two or more, and only an index the collection has.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ARTICLE_INDEXES, windowIndexFor } from '@newsflow/store/internals';

test('one equality or none: the planner picks', () => {
  assert.equal(windowIndexFor({}), undefined);
  assert.equal(windowIndexFor({ language: 'en' }), undefined);
  assert.equal(windowIndexFor({ source: 'gamma', status: 'enriched' }), undefined);
});

test('two or more equalities: the rarest condition, never the language', () => {
  assert.deepEqual(windowIndexFor({ section: 'sport', language: 'en' }), { section: 1, sortAt: -1 });
  assert.deepEqual(windowIndexFor({ source: 'beta', section: 'sport', language: 'en' }), {
    source: 1,
    sortAt: -1,
    _id: -1,
  });
  assert.deepEqual(windowIndexFor({ source: 'alpha', entity: 'person:ararat mirzoyan' }), {
    'enrichment.entities.key': 1,
    sortAt: -1,
  });
  assert.deepEqual(windowIndexFor({ entity: 'Ararat Mirzoyan', storyId: 'story-3' }), {
    storyId: 1,
    sortAt: -1,
  });
});

test('every index it names is one the collection has', () => {
  const names = new Set(ARTICLE_INDEXES.map(({ keys }) => JSON.stringify(keys)));
  for (const filter of [
    { section: 'a', language: 'b' },
    { author: 'a', language: 'b' },
    { entity: 'Name', source: 'b' },
    { entity: 'person:x', source: 'b' },
    { storyId: 'a', source: 'b' },
    { source: 'a', section: 'b' },
  ])
    assert.ok(names.has(JSON.stringify(windowIndexFor(filter))), JSON.stringify(filter));
});
