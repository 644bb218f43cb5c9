// How many reads a newest-first page takes (newest-first.ts is pure: its reads are given as
// functions, here over rows in memory). The walk's results are checked against the real engine
// in newest-first.int.test.ts; this checks its cost.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type Keyed, newestKeys, widthHints } from '@newsflow/store/internals';

const MINUTE = 60_000;

/** Reads over `rows`, counting the range probes. */
function readsOver(rows: Keyed[]) {
  const probes = { count: 0 };
  return {
    probes,
    reads: {
      async keysInRange(lo: Date, hi: Date, limit: number) {
        probes.count++;
        return rows.filter((r) => r.at >= lo && r.at < hi).slice(0, limit);
      },
      async keysAtInstant(at: Date, beforeId: string | null, limit: number) {
        probes.count++;
        return rows
          .filter((r) => r.at.getTime() === at.getTime() && (beforeId === null || r.id < beforeId))
          .sort((a, b) => (a.id < b.id ? 1 : -1))
          .slice(0, limit);
      },
    },
  };
}

test('the newest page of a store whose newest row is hours old takes one read once the width is known', async () => {
  const now = new Date('2026-12-06T12:00:00Z');
  // One row a minute, the newest six hours before now (ingestion paused, or a loaded data set).
  const rows = Array.from({ length: 5000 }, (_, i) => ({
    at: new Date(now.getTime() - 6 * 60 * MINUTE - i * MINUTE),
    id: String(i).padStart(6, '0'),
  }));
  const { reads, probes } = readsOver(rows);
  const hint = widthHints()('no filter');
  const first = await newestKeys(reads, { until: now, widthHint: hint }, 20);
  assert.deepEqual(
    first.map((k) => k.id),
    rows.slice(0, 20).map((r) => r.id),
  );
  for (let call = 0; call < 3; call++) {
    probes.count = 0;
    // A little later each time, as in a running API.
    const later = new Date(now.getTime() + (call + 1) * 1000);
    const page = await newestKeys(reads, { until: later, widthHint: hint }, 20);
    assert.deepEqual(
      page.map((k) => k.id),
      rows.slice(0, 20).map((r) => r.id),
    );
    assert.equal(probes.count, 1, `call ${call + 2}: one range read`);
  }
});
