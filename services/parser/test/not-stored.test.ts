// Issue 13: every page the parser does not store is counted by source, page type and the
// extractor's reason (an info log line alone left no trace an operator could query), and the
// crawl context the crawler sent reaches the extractor.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { PageFetched } from '@newsflow/contracts';
import { createLogger } from '@newsflow/observability';
import type { StageMessage } from '@newsflow/stage';
import type { PageNotStoredSighting, SightingOutcome } from '@newsflow/store';
import { Registry } from 'prom-client';
import { createPageParser } from '../src/parse-page.ts';
import { createParserMetrics } from '../src/parser-metrics.ts';
import { FRONT, fetchedPage } from './not-stored-pages.ts';

function message(html: string, url: string, crawlContext?: PageFetched['crawlContext']): StageMessage {
  return fetchedPage(url, html, crawlContext ? { crawlContext } : {});
}

/** A store that only records sightings of pages not stored (any other call fails the test). */
function sightingsStore(outcome: () => Promise<SightingOutcome>) {
  const sightings: PageNotStoredSighting[] = [];
  const store = {
    pagesNotStored: {
      record: async (sighting: PageNotStoredSighting) => {
        sightings.push(sighting);
        return outcome();
      },
    },
  };
  return { store: store as never, sightings };
}

describe('pages not stored', () => {
  it('counts a front page by source, page type and reason, records it, and stores no article', async () => {
    const registry = new Registry();
    const published: string[] = [];
    const { store, sightings } = sightingsStore(async () => 'new');
    const parse = createPageParser(
      {
        // A front page is no article and goes to no parsed topic: its trace and its links go out.
        store,
        publisher: { publish: async (topic: string) => void published.push(topic) } as never,
        topic: (name: string) => name,
      },
      createParserMetrics(registry),
    );
    const logger = createLogger('test', 'silent');
    await parse(message(FRONT, 'https://daily.example/'), logger);
    // The same teasers at a section's address, fetched because it is one of the source's start URLs.
    await parse(message(FRONT, 'https://daily.example/world/', 'start'), logger);
    const metric = await registry.getSingleMetric('newsflow_parser_pages_not_stored_total')!.get();
    assert.deepEqual(
      metric.values.map((v) => ({ ...v.labels, value: v.value })),
      [
        { source: 'daily', page_type: 'listing', reason: 'front-page', value: 1 },
        { source: 'daily', page_type: 'listing', reason: 'crawl-start', value: 1 },
      ],
    );
    assert.deepEqual(published, ['links.discovered.v1', 'links.discovered.v1']);
    assert.deepEqual(
      sightings.map(({ url, source, pageType, reason, crawlContext }) => ({
        url,
        source,
        pageType,
        reason,
        crawlContext,
      })),
      [
        {
          url: 'https://daily.example/',
          source: 'daily',
          pageType: 'listing',
          reason: 'front-page',
          crawlContext: null,
        },
        {
          url: 'https://daily.example/world/',
          source: 'daily',
          pageType: 'listing',
          reason: 'crawl-start',
          crawlContext: 'start',
        },
      ],
    );
    assert.ok(
      sightings.every((sighting) => sighting.detail && sighting.extractorVersion && sighting.traceId),
    );
  });

  it('fails the message when the record cannot be written (the stage retries it), before any link goes out', async () => {
    const registry = new Registry();
    const published: string[] = [];
    const { store } = sightingsStore(() => Promise.reject(new Error('connection reset')));
    const parse = createPageParser(
      {
        store,
        publisher: { publish: async (topic: string) => void published.push(topic) } as never,
        topic: (name: string) => name,
      },
      createParserMetrics(registry),
    );
    await assert.rejects(
      parse(message(FRONT, 'https://daily.example/'), createLogger('test', 'silent')),
      /connection reset/,
    );
    assert.deepEqual(published, []);
    const metric = await registry.getSingleMetric('newsflow_parser_pages_not_stored_total')!.get();
    assert.deepEqual(metric.values, [], 'counted once, when the retry records it');
  });

  it('does not count again a sighting the store already counted (a retry, a redelivery)', async () => {
    const registry = new Registry();
    const { store } = sightingsStore(async () => 'already-counted');
    const parse = createPageParser(
      { store, publisher: { publish: async () => undefined } as never, topic: (name: string) => name },
      createParserMetrics(registry),
    );
    await parse(message(FRONT, 'https://daily.example/'), createLogger('test', 'silent'));
    const metric = await registry.getSingleMetric('newsflow_parser_pages_not_stored_total')!.get();
    assert.deepEqual(metric.values, []);
  });
});
