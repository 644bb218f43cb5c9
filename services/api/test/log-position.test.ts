// The stream's event ids: a position in articles.enriched.v1 (next offset per partition).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { encodeCursor } from '../src/schemas/common.ts';
import { decodePosition, encodePosition, isAtOrAfter } from '../src/stream/log-position.ts';

describe('stream event ids', () => {
  it('round-trips a position, partitions in order', () => {
    const id = encodePosition(
      new Map([
        [2, 131],
        [0, 120],
        [1, 98],
      ]),
    );
    assert.equal(id, '0:120,1:98,2:131');
    assert.deepEqual(
      decodePosition(id),
      new Map([
        [0, 120],
        [1, 98],
        [2, 131],
      ]),
    );
  });

  it('places a message at or after a position per partition', () => {
    const position = new Map([[0, 10]]);
    assert.equal(isAtOrAfter(position, 0, 10), true);
    assert.equal(isAtOrAfter(position, 0, 9), false);
    assert.equal(isAtOrAfter(position, 1, 0), true, 'a partition not in the position: from its start');
  });

  it('starts live on an id of the store-polling stream it replaced, refuses anything else', () => {
    assert.equal(decodePosition(encodeCursor(new Date(), 'abc')), null);
    for (const bad of ['nope', '0:abc', ',,,', '0:1,', '-1:5'])
      assert.throws(() => decodePosition(bad), { status: 400 }, bad);
  });
});
