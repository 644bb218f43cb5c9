// Direct quotations: text between double quote marks (straight, curly, «», „“), at least a few
// words long; one utterance split by a speech tag inside a paragraph is one quotation.
import { SPEECH_VERBS } from '../data/lexicon.ts';
import { isCommonWord } from '../entities/gazetteer.ts';
import { paragraphs, type Span } from '../text/segment.ts';

export interface QuoteSegment {
  /** Offset of the opening quote mark. */
  open: number;
  /** Offset just after the closing mark (or the paragraph end for an unclosed quote). */
  close: number;
  text: string;
  paragraph: number;
}

export interface FoundQuote {
  segments: QuoteSegment[];
  text: string;
  start: number;
  end: number;
  paragraph: number;
  /** Text between the merged segments: the speech tag, when there is one. */
  tags: Array<{ start: number; end: number }>;
}

// Calibrated against the gold guide (gold/GUIDE.md): a quotation has at least four words; shorter
// quoted phrases are scare quotes or titles. CJK text has no spaces: eight characters instead.
const MIN_WORDS = 4;
const MIN_CJK_CHARS = 8;
// A speech tag between two parts of one quotation is short ("…," Heyward said, via X. "…").
const MAX_TAG_CHARS = 160;

const CLOSERS: Record<string, string> = { '“': '”"', '"': '"”', '„': '“”', '«': '»', '”': '”' };

function isSpace(c: string | undefined): boolean {
  return c === undefined || /\s/u.test(c);
}

// Wire copy typed on ASCII keyboards closes a double quotation with two apostrophes
// ("…by car,'' said Gianni Serandrei").
function twoApostrophesClose(p: string, i: number, opener: string): boolean {
  return (opener === '"' || opener === '“') && p[i] === "'" && p[i + 1] === "'" && isSpace(p[i + 2]);
}

function segmentsOf(para: Span, index: number): QuoteSegment[] {
  const p = para.text;
  const out: QuoteSegment[] = [];
  let open = -1;
  let opener = '';
  for (let i = 0; i < p.length; i++) {
    const c = p[i]!;
    if (open < 0) {
      const startsWord = !isSpace(p[i + 1]);
      if ((c === '“' || c === '„' || c === '«') && startsWord) {
        open = i;
        opener = c;
      } else if (c === '"' && startsWord && (i === 0 || /[\s([—–\-:]/u.test(p[i - 1]!))) {
        open = i;
        opener = c;
      } else if (c === '”' && startsWord && (i === 0 || /\s/u.test(p[i - 1]!))) {
        // Some sites open with a right quote mark.
        open = i;
        opener = '”';
      }
    } else if (
      ((CLOSERS[opener] ?? '').includes(c) || twoApostrophesClose(p, i, opener)) &&
      (!isSpace(p[i - 1]) || /['’]\s$/u.test(p.slice(i - 2, i)))
    ) {
      const close = c === "'" ? i + 2 : i + 1;
      out.push({
        open: para.start + open,
        close: para.start + close,
        text: p.slice(open + 1, i).trim(),
        paragraph: index,
      });
      open = -1;
      i = close - 1;
    }
  }
  // An unclosed quotation runs to the paragraph end (it continues in the next paragraph).
  if (open >= 0)
    out.push({ open: para.start + open, close: para.end, text: p.slice(open + 1).trim(), paragraph: index });
  return out;
}

function longEnough(text: string): boolean {
  const cjk = (text.match(/[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]/gu) ?? []).length;
  if (cjk >= MIN_CJK_CHARS) return true;
  return (text.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? []).length >= MIN_WORDS;
}

// A quoted title or slogan ("Best of the Bench", "A Regret I Will Carry") is no quotation: short,
// every word of four letters or more capitalised. Calibrated against gold/GUIDE.md's quote rule.
const MAX_TITLE_WORDS = 7;
function isTitle(text: string): boolean {
  const words = text.replace(/[.!?,]+$/u, '').match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? [];
  const long = words.filter((w) => w.length >= 4);
  if (/^[\p{Lu}\P{L}]+$/u.test(text)) return false;
  return (
    (words.length <= MAX_TITLE_WORDS && long.length >= 2 && long.every((w) => /^\p{Lu}/u.test(w))) ||
    // (A sentence's full stop makes it words said, headline-cased or not: a statement's title
    // "Donald Trump Is No Real Ally of Cuban Americans." is quoted as its words.)
    (headlineCase(words) && !/[.!?]["”’]?$/u.test(text.trim()))
  );
}

// Words a title leaves in lower case ("We Are the Champions", "A Roadmap for the Future of Work").
const TITLE_SMALL_WORDS = new Set([
  'a',
  'an',
  'the',
  'of',
  'in',
  'on',
  'at',
  'to',
  'for',
  'by',
  'and',
  'or',
  'with',
  'from',
  'as',
]);
const MAX_HEADLINE_WORDS = 12;
/** Every word capitalised but a title's small words, the first too: a title written in headline case. */
function headlineCase(words: string[]): boolean {
  return (
    words.length >= 3 &&
    words.length <= MAX_HEADLINE_WORDS &&
    /^\p{Lu}/u.test(words[0]!) &&
    words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || TITLE_SMALL_WORDS.has(w))
  );
}

/**
 * The text between two quotations holds a sentence besides the tag (", Lund said. Defender Sam Ito
 * agreed. "): a second speaker may start there, so the quotations are two.
 */
function anotherSentence(gap: string): boolean {
  const inner = gap.replace(/[.,:;]\s*$/u, '');
  const end = /(?<!\b(?:Mr|Mrs|Ms|Dr|St|Gov|Sen|Rep|Lt|Gen|Jr|Sr|Prof|\p{Lu}))[.!?]\s+(?=\p{Lu})/u.exec(
    inner,
  );
  if (!end) return false;
  // …one that names someone or has a speech verb; "As a parent, "…"" goes on with the same speaker.
  const next = inner.slice(end.index + end[0].length);
  const names = (next.match(/\p{Lu}[\p{L}'’-]*/gu) ?? []).filter((w, i) => i > 0 || !isCommonWord(w));
  return names.length > 0 || hasSpeechVerb(next);
}

export function hasSpeechVerb(text: string): boolean {
  for (const w of text.toLowerCase().match(/\p{L}+/gu) ?? []) if (SPEECH_VERBS.has(w)) return true;
  return /\baccording to\b/i.test(text);
}

export function findQuotes(text: string): FoundQuote[] {
  const out: FoundQuote[] = [];
  const paras = paragraphs(text);
  for (let pi = 0; pi < paras.length; pi++) {
    const segs = segmentsOf(paras[pi]!, pi);
    // Group segments split by a speech tag, then keep groups that are long enough.
    const groups: FoundQuote[] = [];
    let current: FoundQuote | null = null;
    for (const s of segs) {
      if (current) {
        const prev = current.segments[current.segments.length - 1]!;
        const gap = text.slice(prev.close, s.open);
        const continues =
          gap.length <= MAX_TAG_CHARS &&
          !anotherSentence(gap) &&
          hasSpeechVerb(gap) &&
          !/["“”„«»]/u.test(gap) &&
          (/[,!?…—–-]['’]?$/u.test(prev.text) || /^\s*,/u.test(gap)) &&
          /[.,:;]\s*$/u.test(gap);
        if (continues) {
          current.segments.push(s);
          current.tags.push({ start: prev.close, end: s.open });
          current.text = `${current.text.replace(/,$/, '')} ${s.text}`;
          current.end = s.close;
          continue;
        }
      }
      current = { segments: [s], text: s.text, start: s.open, end: s.close, paragraph: pi, tags: [] };
      groups.push(current);
    }
    for (const g of groups) if (longEnough(g.text) && !isTitle(g.text)) out.push(g);
  }
  return out;
}
