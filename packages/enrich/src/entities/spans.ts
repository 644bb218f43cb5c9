// Capitalised name spans: runs of capitalised tokens, joined through name connectors, that
// stay inside one sentence and are separated only by spaces.
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

function joinable(text: string, a: Token, b: Token): boolean {
  if (a.sentence !== b.sentence) return false;
  if (a.possessive && !POSSESSIVE_HEADS.has(b.lower)) return false;
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
      // A connector joins only when a capitalised token follows it (possibly after "the").
      if (CONNECTORS.has(next.lower)) {
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
      }
      break;
    }
    out.push({ tokens: span, index: i });
    i = j;
  }
  return out;
}

export function isConnector(t: Token): boolean {
  return !t.cap && CONNECTORS.has(t.lower);
}
