// Near-duplicate grouping over aeb-dev bodies: each article plus a copy with other page
// furniture, a copy trimmed to 85% and a tracking-parameter URL copy must fall into one group;
// distinct articles must never merge. Candidates are found the way the enricher service does
// it, through the LSH band keys (an indexed lookup), then confirmed with isNearDuplicate.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { aebDev } from '../scripts/corpus.ts';
import {
  hammingDistance,
  isNearDuplicate,
  NEAR_DUPLICATE_MAX_DISTANCE,
  simhash,
  simhashBands,
} from '../src/index.ts';
import { type Copy, trimmed, urlVariant, withBoilerplate } from './corpus-variants.ts';

// Bodies shorter than this (a paywall stub, a listing) are too short to fingerprint reliably.
const MIN_BODY_CHARS = 600;

test('duplicates: copies group with their original, distinct articles never merge', (t) => {
  const originals = aebDev().filter((a) => a.body.length >= MIN_BODY_CHARS);
  if (originals.length === 0) return t.skip('shared corpus not found');
  const copies: Copy[] = originals.flatMap((a, i) => [
    withBoilerplate(a, originals[(i + 7) % originals.length]!),
    trimmed(a, 0.85),
    urlVariant(a),
  ]);
  const docs = [
    ...originals.map((a) => ({ id: a.id, group: a.id, kind: 'original', body: a.body })),
    ...copies.map((c, i) => ({ id: `copy${i}`, group: c.of, kind: c.kind, body: c.body })),
  ];

  // Incremental grouping: the band index holds every stored document's bands.
  const index = new Map<string, string[]>();
  const stored = new Map<string, { hash: string; duplicateOf: string }>();
  for (const d of docs) {
    const hash = simhash(d.body);
    const bands = simhashBands(hash);
    const candidates = new Set(bands.flatMap((b) => index.get(b) ?? []));
    let duplicateOf = d.id;
    for (const c of candidates) {
      const s = stored.get(c)!;
      if (isNearDuplicate(hash, s.hash)) {
        duplicateOf = s.duplicateOf;
        break;
      }
    }
    stored.set(d.id, { hash, duplicateOf });
    for (const b of bands) index.set(b, [...(index.get(b) ?? []), d.id]);
  }

  // Pairwise precision/recall of the grouping against the truth.
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (let i = 0; i < docs.length; i++) {
    for (let j = i + 1; j < docs.length; j++) {
      const same = docs[i]!.group === docs[j]!.group;
      const merged = stored.get(docs[i]!.id)!.duplicateOf === stored.get(docs[j]!.id)!.duplicateOf;
      if (same && merged) tp++;
      else if (merged) fp++;
      else if (same) fn++;
    }
  }
  const byKind = new Map<string, number[]>();
  const hashOf = new Map(originals.map((a) => [a.id, simhash(a.body)]));
  for (const d of docs) {
    if (d.kind === 'original') continue;
    const list = byKind.get(d.kind) ?? [];
    list.push(hammingDistance(hashOf.get(d.group)!, stored.get(d.id)!.hash));
    byKind.set(d.kind, list);
  }
  const unrelated: number[] = [];
  for (let i = 0; i < originals.length; i++)
    for (let j = i + 1; j < originals.length; j++)
      unrelated.push(hammingDistance(hashOf.get(originals[i]!.id)!, hashOf.get(originals[j]!.id)!));
  unrelated.sort((a, b) => a - b);
  const precision = tp / Math.max(1, tp + fp);
  const recall = tp / Math.max(1, tp + fn);
  t.diagnostic(
    `${originals.length} articles, ${copies.length} copies; threshold ${NEAR_DUPLICATE_MAX_DISTANCE} bits`,
  );
  for (const [kind, ds] of byKind) {
    ds.sort((a, b) => a - b);
    const found = ds.filter((x) => x <= NEAR_DUPLICATE_MAX_DISTANCE).length;
    t.diagnostic(
      `${kind}: ${found}/${ds.length} within threshold; distances median ${ds[ds.length >> 1]}, max ${ds[ds.length - 1]}`,
    );
  }
  t.diagnostic(`unrelated pairs: ${unrelated.length}, closest ${unrelated.slice(0, 5).join(', ')} bits`);
  t.diagnostic(
    `grouping pairs: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)} (tp ${tp}, fp ${fp}, fn ${fn})`,
  );

  assert.equal(fp, 0, 'no distinct articles merged');
  // Exact re-publications and copies with other furniture are always found; trimmed copies
  // mostly (SimHash moves with the removed text). Bars set below the measured figures.
  assert.ok(byKind.get('url-variant')!.every((x) => x === 0));
  const furniture = byKind.get('boilerplate')!;
  assert.ok(
    furniture.filter((x) => x <= NEAR_DUPLICATE_MAX_DISTANCE).length >= furniture.length * 0.95,
    'furniture copies found',
  );
  assert.ok(recall >= 0.8, `grouping recall ${recall}`);
});

test('isNearDuplicate: empty texts are nobody’s duplicate; malformed hashes are far apart', () => {
  const empty = simhash('');
  assert.equal(empty, '0000000000000000');
  assert.equal(isNearDuplicate(empty, empty), false);
  assert.equal(hammingDistance('zz', '0000000000000000'), 64);
  assert.equal(hammingDistance('ffffffffffffffff', '0000000000000000'), 64);
  assert.equal(hammingDistance('8000000000000001', '0000000000000000'), 2);
  const h = simhash(
    'Armenian Foreign Minister Ararat Mirzoyan met US Deputy Secretary Richard Verma in Yerevan.',
  );
  assert.match(h, /^[0-9a-f]{16}$/);
  assert.deepEqual(simhashBands(h).length, 8);
  assert.equal(isNearDuplicate(h, h), true);
});
