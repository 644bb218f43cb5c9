import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseRetryAfter } from '../src/fetch/retry-after.ts';

describe('parseRetryAfter', () => {
  const now = Date.parse('2024-06-18T05:21:00Z');
  it('reads delay-seconds', () => {
    assert.equal(parseRetryAfter('120', now), 120_000);
    assert.equal(parseRetryAfter(' 0 ', now), 0);
  });
  it('reads an IMF-fixdate, RFC 850 and asctime date', () => {
    assert.equal(parseRetryAfter('Tue, 18 Jun 2024 05:22:00 GMT', now), 60_000);
    assert.equal(parseRetryAfter('Tuesday, 18-Jun-24 05:21:30 GMT', now), 30_000);
    assert.equal(parseRetryAfter('Tue Jun 18 05:21:10 2024', now) !== null, true);
  });
  it('treats a past date as now and caps a far one', () => {
    assert.equal(parseRetryAfter('Mon, 17 Jun 2024 05:21:00 GMT', now), 0);
    assert.equal(parseRetryAfter('999999999', now, 3600_000), 3600_000);
  });
  it('ignores absent or malformed values', () => {
    assert.equal(parseRetryAfter(undefined, now), null);
    assert.equal(parseRetryAfter('', now), null);
    assert.equal(parseRetryAfter('-5', now), null);
    assert.equal(parseRetryAfter('soon', now), null);
    assert.equal(parseRetryAfter('1.5', now), null);
  });
});
