// Capitalised name spans: runs of capitalised tokens, joined through name connectors, that
// stay inside one sentence and are separated only by spaces.
import { ORG_HEADS } from '../data/lexicon.ts';
import type { Token } from '../text/tokens.ts';

/** Lower-case words allowed inside a name ("Bank of England", "Braunau am Inn"). */
const CONNECTORS = new Set([
  'of',
  'for',
  'and',
  '&',
  'the',
  'de',
  'del',
  'da',
  'di',
  'van',
  'von',
  'der',
  'al',
  'bin',
  'el',
  'la',
  'le',
  'du',
  'am',
]);

// Heads that take "on" inside a name ("Council on Foreign Relations", "Institute on Drug Abuse").
const ON_HEADS = new Set([
  'institute',
  'council',
  'committee',
  'commission',
  'centre',
  'center',
  'conference',
  'panel',
  'caucus',
  'subcommittee',
  'forum',
  'task',
]);

// Lower-case words that join inside what an organisation head is "of"/"for" (see nameSpans).
const OBJECT_CONNECTORS = new Set(['to', 'in']);
export const ORDINAL = /^\d{1,3}(?:st|nd|rd|th)$/u;

export interface NameSpan {
  tokens: Token[];
  /** Index of the first token in the document token list. */
  index: number;
}

// After a possessive, a name goes on only into an organisation head ("Sheriff's Department").
const POSSESSIVE_HEADS = new Set([
  'department',
  'office',
  'court',
  'association',
  'bureau',
  'party',
  'hospital',
  'society',
  'union',
  'army',
  'league',
  'college',
  'service',
  'services',
]);

// …and, after a royal title, into the heads institutions named for one take ("Queen's University",
// "The Prince's Trust"; not "Trump's University").
const ROYAL_POSSESSIVE_HEADS = new Set(['university', 'trust']);
const ROYALS = new Set(['king', 'queen', 'prince', 'princess']);

function joinable(text: string, a: Token, b: Token): boolean {
  if (a.sentence !== b.sentence) return false;
  if (
    a.possessive &&
    !POSSESSIVE_HEADS.has(b.lower) &&
    !(ROYALS.has(a.lower) && ROYAL_POSSESSIVE_HEADS.has(b.lower))
  )
    return false;
  const gap = text.slice(a.end, b.start);
  return a.possessive ? /^['’]s?[ \t\u00a0]{1,2}$/u.test(gap) : /^[ \t\u00a0]{1,2}$/.test(gap);
}

export function nameSpans(text: string, tokens: Token[]): NameSpan[] {
  const out: NameSpan[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (!t.cap) {
      i++;
      continue;
    }
    const span = [t];
    let j = i + 1;
    while (j < tokens.length) {
      const prev = span[span.length - 1]!;
      const next = tokens[j]!;
      if (!joinable(text, prev, next)) break;
      if (next.cap) {
        span.push(next);
        j++;
        continue;
      }
      // A connector joins only when a capitalised token follows it (possibly after "the"); "on"
      // only after an organisation head ("National Institute on Drug Abuse", "Council on …").
      // Inside what a head is "of"/"for", "in the" joins too, and "to" after "of the"/"for the"
      // ("National Institute for Research in the Amazon", "Society for the Prevention of Cruelty to
      // Children"; not "took the Department of Justice to Congress").
      const inObject =
        OBJECT_CONNECTORS.has(next.lower) &&
        headOfPhrase(span) &&
        (next.lower === 'in'
          ? tokens[j + 1]?.lower === 'the'
          : span.some((t, k) => ['of', 'for'].includes(t.lower) && span[k + 1]?.lower === 'the'));
      if (
        CONNECTORS.has(next.lower) ||
        (next.lower === 'on' && (ON_HEADS.has(prev.lower) || headOfPhrase(span))) ||
        inObject
      ) {
        let k = j + 1;
        const run = [next];
        while (
          k < tokens.length &&
          CONNECTORS.has(tokens[k]!.lower) &&
          joinable(text, tokens[k - 1]!, tokens[k]!)
        ) {
          run.push(tokens[k]!);
          k++;
        }
        const after = tokens[k];
        if (after?.cap && joinable(text, tokens[k - 1]!, after) && run.length <= 2) {
          span.push(...run, after);
          j = k + 1;
          continue;
        }
        // "Alliance for the 21st Century": an ordinal and a capitalised word after a head's "for the".
        const word = tokens[k + 1];
        if (
          after &&
          ORDINAL.test(after.text) &&
          word?.cap &&
          joinable(text, tokens[k - 1]!, after) &&
          joinable(text, after, word) &&
          run.length <= 2 &&
          (headOfPhrase(span) || (ORG_HEADS.has(prev.lower) && ['of', 'for'].includes(run[0]!.lower)))
        ) {
          span.push(...run, after, word);
          j = k + 2;
          continue;
        }
      }
      break;
    }
    j = extendList(text, tokens, span, j);
    out.push({ tokens: span, index: i });
    i = j;
  }
  return out;
}

/** The span holds an organisation head and "of"/"for" ("Centre for Research", "Office of …"). */
export function headOfPhrase(span: Token[]): boolean {
  return span.some(
    (t, k) =>
      ORG_HEADS.has(t.lower) &&
      (['of', 'for'].includes(span[k + 1]?.lower ?? '') ||
        (span[k + 1]?.lower === 'on' && ON_HEADS.has(t.lower))),
  );
}

/**
 * "Ministry of Environment, Forestry and Tourism": a name with an organisation head and "of"/"for"
 * goes on through a list of single capitalised words closed by "and <Word>". Returns the new end.
 */
function extendList(text: string, tokens: Token[], span: Token[], j: number): number {
  const headOf = span.some(
    (t, k) => ORG_HEADS.has(t.lower) && ['of', 'for', 'on'].includes(span[k + 1]?.lower ?? ''),
  );
  if (!headOf) return j;
  const added: Token[] = [];
  let k = j;
  while (k < tokens.length) {
    const word = tokens[k]!;
    const gap = text.slice(tokens[k - 1]!.end, word.start);
    if (gap === ', ' && word.cap && /^\p{Lu}\p{Ll}+$/u.test(word.text)) {
      added.push(word);
      k++;
      continue;
    }
    const and = tokens[k]!;
    const after = tokens[k + 1];
    if (
      added.length > 0 &&
      /^,? $/.test(gap) &&
      and.lower === 'and' &&
      after?.cap &&
      /^\p{Lu}\p{Ll}+$/u.test(after.text) &&
      text.slice(and.end, after.start) === ' ' &&
      !tokens[k + 2]?.cap
    ) {
      span.push(...added, and, after);
      return k + 2;
    }
    break;
  }
  return j;
}

export function isConnector(t: Token): boolean {
  return !t.cap && CONNECTORS.has(t.lower);
}
