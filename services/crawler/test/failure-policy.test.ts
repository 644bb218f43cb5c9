import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decideFailure } from '../src/failure-policy.ts';
import type { FetchJob } from '../src/frontier.ts';

const job = (over: Partial<FetchJob>): FetchJob => ({
  source: 's',
  url: 'https://news.test/politics/minister-meets-the-delegation',
  depth: 1,
  traceId: 't',
  ...over,
});

describe('which failures are listed', () => {
  it('lists a failing start URL, feed or sitemap, one cause per URL', () => {
    assert.equal(decideFailure(job({ depth: 0 }), 'http_404').action, 'record');
    assert.equal(decideFailure(job({ depth: 0, kind: 'feed' }), 'unparseable_feed').action, 'record');
    assert.equal(decideFailure(job({ depth: 0, kind: 'sitemap' }), 'http_5xx').action, 'record');
    assert.deepEqual(
      decideFailure(job({ depth: 0 }), 'http_404'),
      decideFailure(job({ depth: 0 }), 'http_5xx'),
    );
  });
  it('lists an article that was fetched before and now fails', () => {
    assert.equal(decideFailure(job({ revisit: 1 }), 'http_404').action, 'record');
  });
  it('counts a link that leads nowhere as a dead link', () => {
    for (const reason of ['http_404', 'http_410', 'http_4xx', 'too_large', 'redirect_loop', 'timeout'])
      assert.equal(decideFailure(job({ context: 'article-link' }), reason).action, 'dead-link', reason);
  });
  it('lists an unreachable host once, whatever page showed it', () => {
    const a = decideFailure(job({}), 'connection_failed');
    const b = decideFailure(job({ url: 'https://news.test/other-page-of-the-site' }), 'dns_failed');
    assert.equal(a.action, 'host');
    assert.deepEqual(a, b);
  });
});
