// The meta-dev metadata metric, as corpus/meta-dev/README.md describes it: title exact and
// token-F1 after normalisation, author set P/R/F1, publication day accuracy (plus the
// htmldate-style P/R/F), and the publication instant within 60 s.

export interface MetaPrediction {
  title: string | null;
  authors: string[];
  publishedAt: string | null;
}

export interface MetaTruth {
  title?: string;
  authors?: string[];
  publishedAt?: string;
  date?: string;
}

export interface MetaScore {
  titleExact: number;
  titleTokenF1: number;
  titlePages: number;
  authorP: number;
  authorR: number;
  authorF1: number;
  authorPages: number;
  dateAccuracy: number;
  dateP: number;
  dateR: number;
  dateF: number;
  datePages: number;
  instantAccuracy: number;
  instantPages: number;
}

const QUOTES: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201a': "'",
  '\u201b': "'",
  '\u2032': "'",
  '\u2039': "'",
  '\u203a': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u201f': '"',
  '\u2033': '"',
  '\u00ab': '"',
  '\u00bb': '"',
};

export function normaliseTitle(title: string): string {
  return title
    .normalize('NFKC')
    .replace(/\u00ad|\u200b|\u200c|\u200d|\u2060|\ufeff/g, '')
    .replace(
      /[\u2018\u2019\u201a\u201b\u2032\u2039\u203a\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g,
      (q) => QUOTES[q]!,
    )
    .replace(/\s+/g, ' ')
    .trim();
}

const CJK_CHAR =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

export function titleTokens(title: string): string[] {
  const out: string[] = [];
  for (const run of normaliseTitle(title)
    .toLowerCase()
    .match(/[\p{L}\p{N}\p{M}]+/gu) ?? []) {
    let buffer = '';
    for (const ch of run) {
      if (CJK_CHAR.test(ch)) {
        if (buffer) out.push(buffer);
        buffer = '';
        out.push(ch);
      } else buffer += ch;
    }
    if (buffer) out.push(buffer);
  }
  return out;
}

function multisetF1(a: string[], b: string[]): number {
  if (a.length === 0 && b.length === 0) return 1;
  const counts = new Map<string, number>();
  for (const t of b) counts.set(t, (counts.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of a) {
    const c = counts.get(t) ?? 0;
    if (c > 0) {
      common++;
      counts.set(t, c - 1);
    }
  }
  if (common === 0) return 0;
  const p = common / a.length;
  const r = common / b.length;
  return (2 * p * r) / (p + r);
}

export function normaliseAuthor(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\p{M}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const ISO =
  /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/;

/** Epoch ms of an ISO-like string that has a time and an offset (±HH:MM, ±HHMM, ±HH or Z),
 * else null. */
function instantOf(value: string): number | null {
  const m = ISO.exec(value.trim());
  if (!m || m[2] === undefined || m[5] === undefined) return null;
  const zone = m[5] === 'Z' ? 'Z' : `${m[5].slice(0, 3)}:${m[5].slice(3).replace(':', '').padEnd(2, '0')}`;
  const ms = Date.parse(`${m[1]}T${m[2]}:${m[3]}:${m[4] ?? '00'}${zone}`);
  return Number.isNaN(ms) ? null : ms;
}

/** The predicted day: the first 10 characters when they are a YYYY-MM-DD date. */
function dayOf(value: string | null): string | null {
  if (!value || !/^\d{4}-\d{2}-\d{2}/.test(value)) return null;
  return value.slice(0, 10);
}

const mean = (xs: number[]): number => (xs.length === 0 ? 0 : xs.reduce((s, x) => s + x, 0) / xs.length);

export function scoreMeta(pages: { truth: MetaTruth; prediction: MetaPrediction | undefined }[]): MetaScore {
  const titleExact: number[] = [];
  const titleF1: number[] = [];
  const authorPrecision: number[] = [];
  const authorRecall: number[] = [];
  let authorPages = 0;
  let dateCorrect = 0;
  let dateWrong = 0;
  let dateMissing = 0;
  let datePages = 0;
  const instant: number[] = [];
  for (const { truth, prediction } of pages) {
    if (truth.title !== undefined) {
      const predicted = prediction?.title ?? null;
      titleExact.push(
        predicted !== null && normaliseTitle(predicted) === normaliseTitle(truth.title) ? 1 : 0,
      );
      titleF1.push(predicted === null ? 0 : multisetF1(titleTokens(predicted), titleTokens(truth.title)));
    }
    if (truth.authors !== undefined) {
      authorPages++;
      const gold = new Set(truth.authors.map(normaliseAuthor));
      const pred = new Set((prediction?.authors ?? []).map(normaliseAuthor).filter((a) => a !== ''));
      let hit = 0;
      for (const a of pred) if (gold.has(a)) hit++;
      if (pred.size > 0) authorPrecision.push(hit / pred.size);
      authorRecall.push(gold.size === 0 ? (pred.size === 0 ? 1 : 0) : hit / gold.size);
    }
    const goldDay = truth.date ?? (truth.publishedAt ? truth.publishedAt.slice(0, 10) : undefined);
    const goldInstant = truth.publishedAt ? instantOf(truth.publishedAt) : null;
    const predictedAt = prediction?.publishedAt ?? null;
    const predictedInstant = predictedAt ? instantOf(predictedAt) : null;
    const sameInstant =
      goldInstant !== null && predictedInstant !== null && Math.abs(goldInstant - predictedInstant) <= 60_000;
    if (goldDay !== undefined) {
      datePages++;
      if (!predictedAt) dateMissing++;
      else if (dayOf(predictedAt) === goldDay || sameInstant) dateCorrect++;
      else dateWrong++;
    }
    if (truth.publishedAt && goldInstant !== null && !truth.publishedAt.includes('T00:00:00')) {
      instant.push(sameInstant ? 1 : 0);
    }
  }
  const authorP = mean(authorPrecision);
  const authorR = mean(authorRecall);
  const dateP = dateCorrect + dateWrong === 0 ? 0 : dateCorrect / (dateCorrect + dateWrong);
  const dateR = dateCorrect + dateMissing === 0 ? 0 : dateCorrect / (dateCorrect + dateMissing);
  const dateDen = 2 * dateCorrect + dateWrong + dateMissing;
  return {
    titleExact: mean(titleExact),
    titleTokenF1: mean(titleF1),
    titlePages: titleExact.length,
    authorP,
    authorR,
    authorF1: authorP + authorR === 0 ? 0 : (2 * authorP * authorR) / (authorP + authorR),
    authorPages,
    dateAccuracy: datePages === 0 ? 0 : dateCorrect / datePages,
    dateP,
    dateR,
    dateF: dateDen === 0 ? 0 : (2 * dateCorrect) / dateDen,
    datePages,
    instantAccuracy: mean(instant),
    instantPages: instant.length,
  };
}
