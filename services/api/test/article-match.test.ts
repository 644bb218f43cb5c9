// The live stream filters in memory exactly as GET /v1/articles filters in the store.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { searchTermsOf } from '@newsflow/store';
import { ArticleStreamQuery } from '../src/schemas/articles.ts';
import { articleMatcher, type MatchableArticle } from '../src/stream/article-match.ts';

const article: MatchableArticle = {
  source: 'caliber',
  section: 'REGION',
  language: 'en',
  authors: ['Staff'],
  publishedAt: new Date('2024-06-18T05:21:00Z'),
  storyId: 'story-1',
  title: 'Armenian, US officials discuss expanding strategic partnership',
  body: 'Armenian Foreign Minister Ararat Mirzoyan met Richard Verma in Yerevan.',
  searchTerms: searchTermsOf(
    'Armenian, US officials discuss expanding strategic partnership',
    'Ararat Mirzoyan met Richard Verma in Yerevan.',
  ),
  enrichment: {
    entities: [{ name: 'Ararat Mirzoyan', type: 'person', key: 'person:ararat mirzoyan', count: 1 }],
  },
};

const matches = (query: Record<string, string>) => articleMatcher(ArticleStreamQuery.parse(query))(article);

describe('articleMatcher', () => {
  it('accepts an article every filter matches', () => {
    assert.equal(
      matches({
        source: 'caliber',
        section: 'REGION',
        language: 'en',
        author: 'Staff',
        story: 'story-1',
        entity: 'person:ararat mirzoyan',
        from: '2024-06-18',
        to: '2024-06-19',
        q: 'MIRZOYAN yerevan',
      }),
      true,
    );
    assert.equal(matches({ entity: 'Ararat Mirzoyan' }), true);
    assert.equal(matches({}), true);
  });

  it('rejects it when any one filter does not match', () => {
    const mismatches: Record<string, string>[] = [
      { source: 'other' },
      { section: 'WORLD' },
      { language: 'ru' },
      { author: 'Someone' },
      { story: 'story-2' },
      { entity: 'place:AM' },
      { from: '2024-06-19' },
      { to: '2024-06-18T05:21:00Z' },
      { q: 'mirzoyan paris' },
    ];
    for (const query of mismatches) assert.equal(matches(query), false, JSON.stringify(query));
  });
});
