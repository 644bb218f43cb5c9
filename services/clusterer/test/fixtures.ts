// Articles the enricher tests store: one event reported by two outlets, a re-published copy, and
// an unrelated article.
import { articleIdFor, contentHashOf } from '@newsflow/contracts';
import type { ParsedArticle } from '@newsflow/store';
import { DEMO_ARTICLES } from '@newsflow/testing';

const seed = DEMO_ARTICLES[0]!;
const ferry = DEMO_ARTICLES[1]!;

const SAME_EVENT_OTHER_OUTLET = [
  'Armenian Foreign Minister Ararat Mirzoyan and US Deputy Secretary of State Richard Verma held talks in Yerevan on June 17 on expanding the strategic partnership between Armenia and the United States.',
  'Mirzoyan said the strategic dialogue held in Yerevan in June had opened the way to raising bilateral relations to a new level of strategic partnership.',
  '"We want to have a clear roadmap on how we can make progress in key areas such as peace and prosperity, the economy and trade," Verma told the Armenian Foreign Ministry delegation.',
  "The two officials also discussed Armenia's efforts to normalize relations with Azerbaijan and the Crossroads of Peace project.",
].join('\n\n');

export interface Fixture {
  source: string;
  url: string;
  title: string;
  body: string;
  publishedAt: string;
}

export const ORIGINAL: Fixture = {
  source: 'outlet-a',
  url: 'https://outlet-a.example/region/armenian-us-talks',
  title: seed.title,
  body: seed.paragraphs.join('\n\n'),
  publishedAt: '2024-06-18T05:21:00.000Z',
};
export const REPUBLISHED: Fixture = {
  source: 'outlet-c',
  url: 'https://aggregator.example/news/12345',
  title: `${seed.title} - Aggregator`,
  // The same wire text, with the re-publisher's own boilerplate appended.
  body: `${seed.paragraphs.join('\n\n')}\n\nFollow us on Telegram and Facebook for more news.`,
  publishedAt: '2024-06-18T07:02:00.000Z',
};
export const SAME_STORY: Fixture = {
  source: 'outlet-b',
  url: 'https://outlet-b.example/politics/mirzoyan-verma-yerevan',
  title: 'Mirzoyan, Verma discuss Armenia-US strategic partnership in Yerevan',
  body: SAME_EVENT_OTHER_OUTLET,
  publishedAt: '2024-06-18T11:40:00.000Z',
};
export const UNRELATED: Fixture = {
  source: 'outlet-a',
  url: 'https://outlet-a.example/economy/ferry',
  title: ferry.title,
  body: ferry.paragraphs.join('\n\n'),
  publishedAt: '2024-06-17T12:40:00.000Z',
};

/** The fixture as the parser stores it. */
export function parsedArticle(fixture: Fixture, traceId: string, fetchedAt = new Date()): ParsedArticle {
  return {
    _id: articleIdFor(fixture.url),
    source: fixture.source,
    url: fixture.url,
    canonicalUrl: fixture.url,
    title: fixture.title,
    subtitle: null,
    authors: [],
    section: null,
    tags: [],
    publishedAt: new Date(fixture.publishedAt),
    modifiedAt: null,
    body: fixture.body,
    bodyHtml: null,
    language: 'en',
    leadImage: null,
    related: [],
    contentHash: contentHashOf(fixture.title, fixture.body),
    extraction: { version: 'test', provenance: {} },
    traceId,
    fetchedAt,
  };
}
