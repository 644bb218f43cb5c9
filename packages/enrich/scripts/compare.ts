// Which articles and source groups a change helps or hurts: compares two `eval.ts --dump` files
// article by article (errors = entity misses + false hits per type, wrong or missed speakers).
// Usage: node scripts/compare.ts before.json after.json
import { readFileSync } from 'node:fs';
import type { Counts } from './score.ts';

interface Row {
  id: string;
  group: string;
  half: string;
  counts: Counts;
}

const load = (f: string): Row[] => JSON.parse(readFileSync(f, 'utf8')) as Row[];
const [beforeFile, afterFile] = process.argv.slice(2);
if (!beforeFile || !afterFile) {
  console.error('usage: node scripts/compare.ts before.json after.json');
  process.exit(2);
}
const before = new Map(load(beforeFile).map((r) => [r.id, r]));

/** Errors per kind: entity misses plus false hits, and quotes whose speaker is not right. */
function errors(c: Counts): Record<string, number> {
  const e = (t: keyof Counts['entity']) =>
    c.entity[t].gold - c.entity[t].goldHit + (c.entity[t].pred - c.entity[t].tp);
  return {
    person: e('person'),
    org: e('organization'),
    place: e('place'),
    speaker: c.quotes.gold - c.quotes.speakerRight,
  };
}

const helped = new Map<string, Set<string>>();
const hurt = new Map<string, Set<string>>();
for (const a of load(afterFile)) {
  const b = before.get(a.id);
  if (!b) continue;
  const eb = errors(b.counts);
  const ea = errors(a.counts);
  const diffs = Object.keys(ea)
    .filter((k) => ea[k] !== eb[k])
    .map((k) => `${k} ${eb[k]}→${ea[k]}`);
  if (diffs.length === 0) continue;
  const net = Object.keys(ea).reduce((s, k) => s + ea[k]! - eb[k]!, 0);
  const into = net < 0 ? helped : net > 0 ? hurt : null;
  if (into) {
    if (!into.has(a.group)) into.set(a.group, new Set());
    into.get(a.group)!.add(a.id);
  }
  const mark = net < 0 ? '+' : net > 0 ? '-' : '=';
  console.log(`${mark} ${a.group.padEnd(8)} ${a.half.padEnd(6)} ${a.id.padEnd(42)} ${diffs.join(', ')}`);
}
const list = (m: Map<string, Set<string>>): string =>
  [...m].map(([g, ids]) => `${g} ${ids.size}`).join(', ') || 'none';
console.log(`\nhelped: ${list(helped)}\nhurt:   ${list(hurt)}`);
