import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as crawl from '@newsflow/crawl';

describe('@newsflow/crawl public API', () => {
  it('exports the deliberate surface by package name', () => {
    for (const name of [
      'canonicalUrl',
      'fetchPage',
      'PageFetcher',
      'AddressGuard',
      'RobotsGate',
      'MemoryRobotsCache',
      'MemoryPolitenessScheduler',
      'parseFeed',
      'parseSitemap',
      'discoverFeeds',
      'sitemapsFromRobotsTxt',
      'createLinkFilter',
      'readWarcResponses',
      'parseRetryAfter',
    ]) {
      assert.equal(typeof (crawl as Record<string, unknown>)[name], 'function', name);
    }
  });
});
