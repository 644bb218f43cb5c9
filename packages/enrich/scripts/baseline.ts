// newsflow's entities next to compromise's (the named-entity library a JavaScript user would reach
// for first: people(), places(), organizations()), on the same gold articles, scored the same way
// (score.ts, names only). Figures only, no bars. Usage: npm run baseline -w @newsflow/enrich
// compromise gets the one step every user adds: a lone surname of a person it named in full is that
// person ("McConnell" after "Mitch McConnell"), as newsflow's resolver does.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import nlp from 'compromise';
import { type Enrichment, type Entity, type EntityType, enrichArticle } from '../src/index.ts';
import { aebDev, type CorpusArticle, fundusDev, packageRoot, seedArticle } from './corpus.ts';
import { addCounts, type Counts, emptyCounts, type GoldArticle, scoreArticle, scores } from './score.ts';

const SETS: Array<[string, string]> = [
  ['development gold', 'gold/gold.json'],
  ['broad', 'gold/broad.json'],
  ['broad B', 'gold/broad-b.json'],
  ['fresh held-out', 'gold/heldout-c.json'],
  ['entities A', 'gold/entities-a.json'],
];

const corpus = new Map<string, CorpusArticle>();
for (const a of [...aebDev(), ...fundusDev()]) corpus.set(a.id, a);
const seed = seedArticle();
if (seed) corpus.set(seed.id, seed);
if (corpus.size === 0) {
  console.error('baseline: shared corpus not found (set NEWSFLOW_SHARED_DIR to the folder holding corpus/)');
  process.exit(1);
}

interface View {
  json(): Array<{ terms: Array<{ text: string }> }>;
  not(match: string): View;
}

function names(view: View): string[] {
  return view
    .not('#Honorific')
    .json()
    .map((m) => m.terms.map((t) => t.text).join(' '))
    .filter((n) => /\p{L}/u.test(n));
}

/** compromise's people, places and organisations as an Enrichment the scorer reads. */
function compromiseEntities(text: string): Enrichment {
  const doc = nlp(text) as unknown as { people(): View; places(): View; organizations(): View };
  const entities: Entity[] = [];
  const add = (type: EntityType, found: string[]): void => {
    for (const name of new Set(found))
      entities.push({ name, type, key: `${type}:${name}`, count: 1, firstOffset: 0, variants: [] });
  };
  add('person', names(doc.people()));
  add('place', names(doc.places()));
  add('organization', names(doc.organizations()));
  // A lone surname of a person named in full is a variant of that person, not a second name.
  const people = entities.filter((e) => e.type === 'person');
  const full = people.filter((e) => e.name.includes(' '));
  const merged = entities.filter((e) => {
    if (e.type !== 'person' || e.name.includes(' ')) return true;
    const owner = full.find((f) => f.name.endsWith(` ${e.name}`));
    if (owner) owner.variants.push(e.name);
    return !owner;
  });
  return { entities: merged, quotes: [] } as unknown as Enrichment;
}

function timed<T>(f: () => T, into: number[]): T {
  const t = performance.now();
  const out = f();
  into.push(performance.now() - t);
  return out;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const fmt = (x: number): string => x.toFixed(3);

for (const [label, file] of SETS) {
  const gold = JSON.parse(readFileSync(join(packageRoot, file), 'utf8')) as GoldArticle[];
  const ours = emptyCounts();
  const theirs = emptyCounts();
  const halves = new Map<string, [Counts, Counts]>();
  const oursMs: number[] = [];
  const theirsMs: number[] = [];
  for (const g of gold) {
    const a = corpus.get(g.id) ?? { id: g.id, url: g.url ?? '', title: g.title ?? '', body: g.body ?? '' };
    // Names only: the scorer skips quotations for this copy of the gold article.
    const names = { ...g, entitiesOnly: true, speakersOnly: false };
    const o = scoreArticle(
      names,
      timed(() => enrichArticle({ title: a.title, body: a.body, url: a.url }), oursMs),
    );
    const t = scoreArticle(
      names,
      timed(() => compromiseEntities(a.body), theirsMs),
    );
    addCounts(ours, o.counts);
    addCounts(theirs, t.counts);
    if (g.half) {
      const h = halves.get(g.half) ?? [emptyCounts(), emptyCounts()];
      addCounts(h[0], o.counts);
      addCounts(h[1], t.counts);
      halves.set(g.half, h);
    }
  }
  const so = scores(ours);
  const st = scores(theirs);
  console.log(`\n${label} (${file}): ${gold.length} articles`);
  console.log('type          newsflow P / R / F1       compromise P / R / F1');
  for (const type of ['person', 'organization', 'place'] as const)
    console.log(
      `${type.padEnd(13)} ${fmt(so[type].p)} / ${fmt(so[type].r)} / ${fmt(so[type].f1)}   ${fmt(st[type].p)} / ${fmt(st[type].r)} / ${fmt(st[type].f1)}`,
    );
  for (const [half, [h0, h1]] of halves) {
    const [a, b] = [scores(h0), scores(h1)];
    console.log(
      `  ${half} half F1 (person / org / place): newsflow ${fmt(a.person.f1)} / ${fmt(a.organization.f1)} / ${fmt(a.place.f1)}, compromise ${fmt(b.person.f1)} / ${fmt(b.organization.f1)} / ${fmt(b.place.f1)}`,
    );
  }
  console.log(
    `  median ms per article: newsflow ${median(oursMs).toFixed(2)} (whole enrichment), compromise ${median(theirsMs).toFixed(2)} (names only)`,
  );
}
