import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SourceConfig } from '@newsflow/contracts';
import type { Source } from '@newsflow/store';
import { roundOf } from '../src/frontier.ts';
import { canonicalFor, withDefaults } from '../src/source-registry.ts';

describe('source settings for the crawler', () => {
  it('validates feeds, sitemaps, depth and canonical options with defaults', () => {
    const parsed = SourceConfig.parse({ name: 'caliber', startUrls: ['https://caliber.az/'] });
    assert.deepEqual(
      [parsed.feeds, parsed.sitemaps, parsed.discover, parsed.maxDepth, parsed.canonical],
      [[], [], true, null, { www: 'keep', trailingSlash: 'keep' }],
    );
    assert.equal(
      SourceConfig.safeParse({ name: 'x', startUrls: ['https://x.az/'], feeds: ['ftp://x.az/feed'] }).success,
      false,
    );
    assert.equal(
      SourceConfig.safeParse({ name: 'x', startUrls: ['https://x.az/'], canonical: { www: 'drop' } }).success,
      false,
    );
    assert.equal(
      SourceConfig.safeParse({ name: 'x', startUrls: ['https://x.az/'], userAgent: 'mybot/1.0' }).success,
      false,
      'a user agent without a contact URL',
    );
    assert.equal(
      SourceConfig.parse({
        name: 'x',
        startUrls: ['https://x.az/'],
        userAgent: 'mybot/1.0 (+https://ops.example)',
      }).userAgent,
      'mybot/1.0 (+https://ops.example)',
    );
  });

  it('fills fields missing from sources stored before they existed', () => {
    const stored = {
      _id: 'old',
      name: 'old',
      startUrls: ['https://old.example/'],
      minDelayMs: 1000,
    } as Source;
    const source = withDefaults(stored, 3);
    assert.deepEqual(
      [source.feeds, source.sitemaps, source.discover, source.maxDepthOrDefault],
      [[], [], true, 3],
    );
  });

  it("folds www and trailing-slash variants by the source's rules", () => {
    const source = withDefaults(
      {
        _id: 'caliber',
        name: 'caliber',
        startUrls: ['https://caliber.az/'],
        canonical: { www: 'strip', trailingSlash: 'strip' },
      } as Source,
      3,
    );
    assert.equal(
      canonicalFor(source, 'https://WWW.caliber.az/en/post/1/?utm_source=x#top'),
      'https://caliber.az/en/post/1',
    );
    assert.equal(canonicalFor(source, 'mailto:desk@caliber.az'), null);
  });

  it('numbers crawl rounds by recrawl-interval window', () => {
    const at = Date.UTC(2024, 5, 18, 5, 21);
    assert.equal(roundOf(15, at), roundOf(15, at + 60_000));
    assert.equal(roundOf(15, at) + 1, roundOf(15, at + 15 * 60_000));
  });
});
