import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SourceConfig } from '@newsflow/contracts';
import type { Source } from '@newsflow/store';
import { roundOf } from '../src/frontier.ts';
import { planRevisits } from '../src/revisit-plan.ts';
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
      [source.feeds, source.sitemaps, source.discover, source.maxDepthOrDefault, source.revisitAfterMinutes],
      [[], [], true, 3, [60, 1440]],
    );
  });

  it('takes revisit times in increasing order, at most five, up to 30 days', () => {
    const revisits = (revisitAfterMinutes: unknown) =>
      SourceConfig.safeParse({ name: 'x', startUrls: ['https://x.az/'], revisitAfterMinutes }).success;
    assert.equal(revisits([30, 360, 1440]), true);
    assert.equal(revisits([]), true, 'none: articles are fetched once');
    assert.equal(revisits([1440, 60]), false);
    assert.equal(revisits([60, 60]), false);
    assert.equal(revisits([0]), false);
    assert.equal(revisits([1, 2, 3, 4, 5, 6]), false);
    assert.equal(revisits([31 * 24 * 60]), false);
  });

  it('plans the revisits of an article from its first fetch; listings have none', () => {
    const source = { revisitAfterMinutes: [60, 1440] };
    const first = Date.UTC(2024, 5, 18, 5, 21);
    const article = { source: 'x', url: 'https://x.az/a', depth: 1, traceId: 't', deferrals: 2 };
    const plan = planRevisits(source, article, first);
    assert.deepEqual(
      [plan.next?.job.revisit, plan.next?.job.firstFetchedAt, plan.next?.delayMs, plan.next?.job.deferrals],
      [1, first, 60 * 60_000, undefined],
    );
    // The first revisit ran 5 minutes late: the second is still a day after the first fetch.
    const late = first + 65 * 60_000;
    const second = planRevisits(source, plan.next!.job, late);
    assert.deepEqual([second.next?.job.revisit, second.next?.delayMs], [2, first + 1440 * 60_000 - late]);
    const last = planRevisits(source, second.next!.job, first + 1440 * 60_000);
    assert.equal(last.next, null);
    assert.equal(planRevisits(source, { ...article, depth: 0 }, first).next, null, 'a start page');
    assert.equal(planRevisits(source, { ...article, kind: 'feed' }, first).next, null, 'a feed');
    assert.equal(planRevisits({ revisitAfterMinutes: [] }, article, first).next, null);
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
