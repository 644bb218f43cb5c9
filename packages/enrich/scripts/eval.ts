// Gold-set report (npm run eval:enrich): entity P/R/F1 per type, quote P/R and speaker accuracy on
// the development gold set (gold/gold.json: aeb-dev and the seed) and on the broad set
// (gold/broad.json: meta-dev/fundus English pages), the broad set also per half and per source
// group. Exits 1 when a bar is missed on either set, or an enrichment stage threw, so CI fails.
// Also reports, with no bars, broad set B (gold/broad-b.json) and the fresh held-out set
// (gold/heldout-c.json): both labelled blind, see gold/GUIDE.md; and the speakers and the names of
// 45 unlabelled pages (gold/speakers-a.json, gold/entities-a.json).
// Usage: node scripts/eval.ts [--verbose] [--gold gold/heldout.json] [--dump counts.json]
//   --verbose lists every miss and false hit per article (--verbose=dev: broad set's dev half only); --gold reports one other labelled set
//   (report only, no bars enforced); --dump writes every article's counts (with group and half), for
//   scripts/compare.ts to tell which articles and source groups a change helps or hurts.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { enrichArticle } from '../src/index.ts';
import { aebDev, type CorpusArticle, fundusDev, packageRoot, seedArticle } from './corpus.ts';
import {
  addCounts,
  type Counts,
  emptyCounts,
  type GoldArticle,
  type Scores,
  scoreArticle,
  scores,
} from './score.ts';

interface Bars {
  person: number;
  organization: number;
  place: number;
  quoteRecall: number;
  speakerAccuracy: number;
}
// The development set keeps the bars it had before the broad set existed.
const OLD_BARS: Bars = {
  person: 0.85,
  organization: 0.75,
  place: 0.85,
  quoteRecall: 0.9,
  speakerAccuracy: 0.85,
};
// The broad set (both halves together): the bars CI enforces. Person, place, quote recall and
// organisation F1 are issue 14's bars (organisations met in its second round: 0.854). Speakers are
// not there yet (0.862 measured when this was set, 0.889 at 1.6.5), so their enforced bar sits just under the
// measured figure and stops a regression, while issue 14's target is printed beside it.
const BROAD_BARS: Bars = {
  person: 0.93,
  organization: 0.85,
  place: 0.93,
  quoteRecall: 0.9,
  speakerAccuracy: 0.88,
};
const BROAD_TARGETS: Pick<Bars, 'speakerAccuracy'> = {
  speakerAccuracy: 0.92,
};

const verboseArg = process.argv.find((a) => a.startsWith('--verbose'));
const verbose = verboseArg !== undefined;
// --verbose=dev lists misses of the dev half only: the check half stays unseen while tuning.
const verboseHalf = verboseArg?.split('=')[1];
const goldArg = process.argv.indexOf('--gold');
const dumpArg = process.argv.indexOf('--dump');
const dumped: Array<{ id: string; group: string; half: string; counts: Counts }> = [];

const articles = new Map<string, CorpusArticle>();
for (const a of [...aebDev(), ...fundusDev()]) articles.set(a.id, a);
const seed = seedArticle();
if (seed) articles.set(seed.id, seed);
if (articles.size === 0) {
  console.error(
    'eval: shared corpus not found (set NEWSFLOW_SHARED_DIR to the folder holding corpus/ and seed/)',
  );
  process.exit(1);
}

function loadGold(file: string): GoldArticle[] {
  return JSON.parse(readFileSync(join(packageRoot, file), 'utf8')) as GoldArticle[];
}

// Enrichment stages that threw (a rule's defect, which would otherwise only show as lower scores).
const stageErrors: string[] = [];

function run(gold: GoldArticle[]): Map<GoldArticle, Counts> {
  const out = new Map<GoldArticle, Counts>();
  for (const g of gold) {
    const a =
      articles.get(g.id) ??
      (g.body !== undefined ? { id: g.id, url: g.url ?? '', title: g.title ?? '', body: g.body } : undefined);
    if (!a) {
      console.error(`eval: article ${g.id} not in corpus`);
      process.exit(1);
    }
    const e = enrichArticle(
      { title: a.title, body: a.body, url: a.url },
      {
        onStageError: (stage, err) =>
          stageErrors.push(`${g.id}: ${stage}: ${(err as Error)?.message ?? err}`),
      },
    );
    const { counts, misses } = scoreArticle(g, e);
    const shown = verboseHalf === undefined || g.half === undefined || g.half === verboseHalf;
    if (verbose && shown && misses.length > 0)
      console.log(`${g.id.slice(0, 40)} ${a.url.slice(0, 70)}\n${misses.join('\n')}`);
    out.set(g, counts);
    dumped.push({
      id: g.id,
      group: g.group ?? (g.id.startsWith('seed') ? 'seed' : 'aeb-dev'),
      half: g.half ?? '-',
      counts,
    });
  }
  return out;
}

function sum(results: Map<GoldArticle, Counts>, keep: (g: GoldArticle) => boolean = () => true): Counts {
  const total = emptyCounts();
  for (const [g, c] of results) if (keep(g)) addCounts(total, c);
  return total;
}

const fmt = (x: number): string => x.toFixed(3);

/** The full table for one set; returns whether every bar is met. */
function report(title: string, c: Counts, bars: Bars | null): boolean {
  const s = scores(c);
  console.log(`\n${title}: ${c.articles} articles`);
  console.log('type          precision  recall   F1     bar   gold  predicted');
  let pass = true;
  for (const t of ['person', 'organization', 'place'] as const) {
    const e = c.entity[t];
    const ok = bars === null || s[t].f1 >= bars[t];
    pass &&= ok;
    const bar = bars ? bars[t].toFixed(2) : '  - ';
    console.log(
      `${t.padEnd(13)} ${fmt(s[t].p)}      ${fmt(s[t].r)}   ${fmt(s[t].f1)}  ${bar}  ${String(e.gold).padStart(4)}  ${String(e.pred).padStart(5)}  ${bars ? (ok ? 'ok' : 'BELOW BAR') : ''}`,
    );
  }
  const qOk = bars === null || s.quotes.r >= bars.quoteRecall;
  const sOk = bars === null || s.speakerAccuracy >= bars.speakerAccuracy;
  pass &&= qOk && sOk;
  console.log(
    `quotes        ${fmt(s.quotes.p)}      ${fmt(s.quotes.r)}          recall bar ${bars ? bars.quoteRecall.toFixed(2) : '-'}  gold ${c.quotes.gold}, predicted ${c.quotes.pred}  ${bars ? (qOk ? 'ok' : 'BELOW BAR') : ''}`,
  );
  console.log(
    `speakers      accuracy ${fmt(s.speakerAccuracy)} over ${c.quotes.goldHit} found quotes  bar ${bars ? bars.speakerAccuracy.toFixed(2) : '-'}  ${bars ? (sOk ? 'ok' : 'BELOW BAR') : ''}`,
  );
  return pass;
}

/** One line per slice: F1 per type, quote recall, speaker accuracy. */
function breakdown(label: string, slices: Array<[string, Counts]>): void {
  console.log(`\n${label.padEnd(16)} art.  person  org    place  q.rec  speak. (quotes)`);
  for (const [name, c] of slices) {
    const s: Scores = scores(c);
    console.log(
      `${name.padEnd(16)} ${String(c.articles).padStart(4)}  ${fmt(s.person.f1)}   ${fmt(s.organization.f1)}  ${fmt(s.place.f1)}  ${fmt(s.quotes.r)}  ${fmt(s.speakerAccuracy)} (${c.quotes.goldHit})`,
    );
  }
}

/** A set with no bars: its table, and its halves when its records have them. */
function reportOnly(title: string, results: Map<GoldArticle, Counts>, short = title.split(' ')[0]): void {
  report(title, sum(results), null);
  if ([...results.keys()].some((g) => g.half))
    breakdown(`${short}, by half`, [
      ['dev (tuned on)', sum(results, (g) => g.half === 'dev')],
      ['check (unseen)', sum(results, (g) => g.half === 'check')],
    ]);
}

/** A names-only set: entity precision, recall and F1 per type. */
function reportEntities(title: string, results: Map<GoldArticle, Counts>): void {
  const c = sum(results);
  const s = scores(c);
  const sites = new Set([...results.keys()].map((g) => g.group)).size;
  console.log(`\n${title}: ${c.articles} articles, ${sites} sites`);
  console.log('type          precision  recall   F1     gold  predicted');
  for (const t of ['person', 'organization', 'place'] as const)
    console.log(
      `${t.padEnd(13)} ${fmt(s[t].p)}      ${fmt(s[t].r)}   ${fmt(s[t].f1)}  ${String(c.entity[t].gold).padStart(4)}  ${String(c.entity[t].pred).padStart(5)}`,
    );
}

/** A quotations-only set: quote precision against the labelled quotations, speaker accuracy. */
function reportSpeakers(title: string, results: Map<GoldArticle, Counts>): void {
  const c = sum(results);
  const s = scores(c);
  const sites = new Set([...results.keys()].map((g) => g.group)).size;
  console.log(`\n${title}: ${c.articles} articles, ${sites} sites`);
  console.log(
    `quotes        precision ${fmt(s.quotes.p)} (${c.quotes.predHit} of ${c.quotes.pred} found are quotations by the guide)`,
  );
  console.log(`speakers      accuracy ${fmt(s.speakerAccuracy)} over ${c.quotes.goldHit} found quotes`);
}

if (goldArg >= 0) {
  const file = process.argv[goldArg + 1] ?? 'gold/gold.json';
  const gold = loadGold(file);
  if (gold.some((g) => g.speakersOnly)) reportSpeakers(`${file} (report only)`, run(gold));
  else if (gold.some((g) => g.entitiesOnly)) reportEntities(`${file} (report only)`, run(gold));
  else reportOnly(`${file} (report only)`, run(gold));
  if (dumpArg >= 0) writeFileSync(process.argv[dumpArg + 1]!, JSON.stringify(dumped));
  for (const e of stageErrors) console.log(`enrichment stage threw: ${e}`);
  process.exit(stageErrors.length === 0 ? 0 : 1);
}

const oldResults = run(loadGold('gold/gold.json'));
const oldPass = report(
  'development gold (gold/gold.json: aeb-dev + seed, guide gold/GUIDE.md)',
  sum(oldResults),
  OLD_BARS,
);
const broad = run(loadGold('gold/broad.json'));
const broadPass = report(
  'broad gold (gold/broad.json: meta-dev/fundus English, both halves)',
  sum(broad),
  BROAD_BARS,
);
breakdown('broad, by half', [
  ['dev (tuned on)', sum(broad, (g) => g.half === 'dev')],
  ['check (unseen)', sum(broad, (g) => g.half === 'check')],
]);
const groups = [...new Set([...broad.keys()].map((g) => g.group ?? '?'))].sort();
breakdown(
  'broad, by group',
  groups.map((gr) => [gr, sum(broad, (g) => g.group === gr)]),
);
breakdown('all, by source', [
  ['aeb-dev', sum(oldResults, (g) => g.id !== 'seed:caliber-az')],
  ['seed', sum(oldResults, (g) => g.id === 'seed:caliber-az')],
  ['fundus', sum(broad)],
]);
// 24 English articles of 24 htmldate sites, labelled blind on 2026-12-07 on the bodies newsflow
// extracted (gold/labelling/broad-b.py): the widest check of new sites (report only).
reportOnly('broad B (gold/broad-b.json, htmldate sites)', run(loadGold('gold/broad-b.json')), 'broad B');
// Ten aeb-dev articles labelled blind on 2026-12-07, after every rule above was written: how the
// rules hold on text they never saw (report only; see gold/labelling/heldout-c.py for the halves).
reportOnly(
  'fresh held-out (gold/heldout-c.json, labelled after the rules)',
  run(loadGold('gold/heldout-c.json')),
);
// Speakers of every quotation newsflow found on 45 unlabelled English pages of 44 sites (htmldate,
// aeb-dev, fundus), labelled blind by the guide on 2026-12-07 (gold/labelling/speakers-a.py). A
// tuning set: its pages were read while auditing output, so it has no unseen half (report only).
reportSpeakers('speakers A (gold/speakers-a.json, quotations only)', run(loadGold('gold/speakers-a.json')));
// The people, organisations and places of the same 45 pages, labelled blind the same way
// (gold/labelling/entities-a.py); a tuning set too (report only).
reportEntities('entities A (gold/entities-a.json, names only)', run(loadGold('gold/entities-a.json')));
if (dumpArg >= 0) writeFileSync(process.argv[dumpArg + 1]!, JSON.stringify(dumped));
const broadScores = scores(sum(broad));
console.log(
  `\nbroad-set target not yet enforced: speaker accuracy ${broadScores.speakerAccuracy.toFixed(3)} (target ${BROAD_TARGETS.speakerAccuracy})`,
);
for (const e of stageErrors) console.log(`enrichment stage threw: ${e}`);
const clean = stageErrors.length === 0;
console.log(oldPass && broadPass && clean ? '\nall enforced bars met' : '\nsome bars not met');
if (!(oldPass && broadPass && clean)) process.exitCode = 1;
