// Near-duplicate grouping over aeb-dev bodies: each article plus a copy with other page
// furniture, a copy trimmed to 85% and a tracking-parameter URL copy must fall into one group;
// distinct articles must never merge. Candidates are found the way the enricher service does
// it, through the LSH band keys (an indexed lookup), then confirmed with isNearDuplicateFingerprint.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { aebDev } from '../scripts/corpus.ts';
import {
  type Fingerprint,
  fingerprint,
  hammingDistance,
  isNearDuplicate,
  isNearDuplicateFingerprint,
  NEAR_DUPLICATE_MAX_DISTANCE,
  simhash,
  simhashBands,
} from '../src/index.ts';
import { type Copy, trimmed, urlVariant, withBoilerplate } from './corpus-variants.ts';

// Bodies shorter than this (a paywall stub, a listing) are too short to fingerprint reliably.
const MIN_BODY_CHARS = 600;

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1] ?? 0;
const max = (xs: number[]): number => Math.max(...xs);

test('duplicates: copies group with their original, distinct articles never merge', (t) => {
  const originals = aebDev().filter((a) => a.body.length >= MIN_BODY_CHARS);
  assert.ok(originals.length > 50, 'the shared corpus (../shared/corpus/aeb-dev) is there');
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
  const stored = new Map<string, { print: Fingerprint; duplicateOf: string }>();
  let candidatesRead = 0;
  for (const d of docs) {
    const print = fingerprint(d.body);
    const candidates = new Set(print.bands.flatMap((b) => index.get(b) ?? []));
    candidatesRead += candidates.size;
    let duplicateOf = d.id;
    for (const c of candidates) {
      const s = stored.get(c)!;
      if (isNearDuplicateFingerprint(print, s.print)) {
        duplicateOf = s.duplicateOf;
        break;
      }
    }
    stored.set(d.id, { print, duplicateOf });
    for (const b of print.bands) index.set(b, [...(index.get(b) ?? []), d.id]);
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
  // Per kind of copy: distances of the whole-text hash and of the lead hash to the original's.
  const byKind = new Map<string, Array<{ whole: number; lead: number }>>();
  for (const d of docs) {
    if (d.kind === 'original') continue;
    const o = stored.get(d.group)!.print;
    const c = stored.get(d.id)!.print;
    const list = byKind.get(d.kind) ?? [];
    list.push({ whole: hammingDistance(o.simhash, c.simhash), lead: hammingDistance(o.lead, c.lead) });
    byKind.set(d.kind, list);
  }
  const found = (kind: string): number => {
    const list = byKind.get(kind)!;
    return list.filter((x) => Math.min(x.whole, x.lead) <= NEAR_DUPLICATE_MAX_DISTANCE).length / list.length;
  };
  const unrelatedWhole: number[] = [];
  const unrelatedLead: number[] = [];
  for (let i = 0; i < originals.length; i++) {
    for (let j = i + 1; j < originals.length; j++) {
      const a = stored.get(originals[i]!.id)!.print;
      const b = stored.get(originals[j]!.id)!.print;
      unrelatedWhole.push(hammingDistance(a.simhash, b.simhash));
      unrelatedLead.push(hammingDistance(a.lead, b.lead));
    }
  }
  const precision = tp / Math.max(1, tp + fp);
  const recall = tp / Math.max(1, tp + fn);
  t.diagnostic(
    `${originals.length} articles, ${copies.length} copies; threshold ${NEAR_DUPLICATE_MAX_DISTANCE} bits`,
  );
  for (const [kind, list] of byKind) {
    const whole = list.map((x) => x.whole);
    const lead = list.map((x) => x.lead);
    t.diagnostic(
      `${kind}: ${Math.round(found(kind) * list.length)}/${list.length} found; whole text median ${median(whole)} max ${max(whole)} bits; lead median ${median(lead)} max ${max(lead)} bits`,
    );
  }
  t.diagnostic(
    `unrelated pairs: ${unrelatedWhole.length}; closest whole texts ${Math.min(...unrelatedWhole)} bits, closest leads ${Math.min(...unrelatedLead)} bits`,
  );
  t.diagnostic(
    `grouping pairs: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)} (tp ${tp}, fp ${fp}, fn ${fn})`,
  );
  // Selectivity: candidates a band lookup returns, per document (true copies included).
  const perLookup = candidatesRead / docs.length;
  t.diagnostic(`band lookups: ${perLookup.toFixed(2)} candidates per document over ${docs.length} documents`);

  assert.equal(fp, 0, 'no distinct articles merged');
  assert.equal(found('url-variant'), 1);
  // Bars set just below the measured figures (see the diagnostics).
  assert.ok(found('boilerplate') >= 0.95, 'furniture copies found');
  assert.ok(found('trimmed') >= 0.95, 'trimmed copies found');
  assert.ok(recall >= 0.95, `grouping recall ${recall}`);
  // Each document has at most 3 copies of itself stored; unrelated band collisions stay rare.
  assert.ok(perLookup < 3, `candidates per lookup ${perLookup}`);
});

test('fingerprint helpers: empty texts are nobody’s duplicate; malformed hashes are far apart', () => {
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
  assert.equal(simhashBands(h).length, 4);
  assert.equal(isNearDuplicate(h, h), true);
  const f = fingerprint(
    'Armenian Foreign Minister Ararat Mirzoyan met US Deputy Secretary Richard Verma in Yerevan.',
  );
  assert.equal(f.simhash, h);
  assert.equal(f.bands.length, 8);
  assert.ok(isNearDuplicateFingerprint(f, f));
  assert.ok(!isNearDuplicateFingerprint(fingerprint(''), fingerprint('')));
});
