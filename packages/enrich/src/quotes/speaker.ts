// Who said a quotation: the speech tag after or before it ("…," Verma responded; Malaska asked,
// "…"), "according to X", a pronoun whose person is clear, or the speaker of the quotation it
// continues. null where the text does not say.
import { SPEECH_VERBS } from '../data/lexicon.ts';
import type { Mention } from '../entities/mentions.ts';
import type { Span } from '../text/segment.ts';
import type { Entity } from '../types.ts';
import type { FoundQuote } from './find.ts';

export type LinkedMention = Mention & { entity: Entity };

export interface SpeakerContext {
  text: string;
  sentences: Span[];
  mentions: LinkedMention[];
}

// How far a tag may run from the quotation before it stops being its tag.
const MAX_TAG_CHARS = 220;
// Characters between a closing quote mark and the speech verb of its tag when the quotation does
// not end with a comma or similar (a quoted phrase inside a sentence: "…" Paganini wrote).
const MAX_TAG_GAP = 30;

interface Window {
  start: number;
  end: number;
}

function verbPositions(text: string, w: Window): number[] {
  const out: number[] = [];
  const re = /\p{L}+/gu;
  const slice = text.slice(w.start, w.end);
  for (let m = re.exec(slice); m !== null; m = re.exec(slice)) {
    if (SPEECH_VERBS.has(m[0].toLowerCase())) out.push(w.start + m.index);
  }
  const acc = /\baccording to\b/i.exec(slice);
  if (acc) out.push(w.start + acc.index + acc[0].length);
  return out;
}

function sentenceEndAfter(ctx: SpeakerContext, pos: number): number {
  // The tag ends at the first sentence end after the quotation, or at the next quotation.
  const rest = ctx.text.slice(pos, pos + MAX_TAG_CHARS);
  const stop =
    /(?<!\b(?:\p{Lu}|Mr|Mrs|Ms|Dr|St|Jr|Sr|Lt|Gen|Gov|Sen|Rep|Inc|Co|Corp))[.!?](?=\s|$)|["“„«]|\n/u.exec(
      rest,
    );
  return pos + (stop ? stop.index : rest.length);
}

function sentenceStartBefore(ctx: SpeakerContext, pos: number): number {
  let start = Math.max(0, pos - MAX_TAG_CHARS);
  for (const s of ctx.sentences) if (s.start <= pos && s.start > start) start = s.start;
  const nl = ctx.text.slice(start, pos).lastIndexOf('\n');
  return nl >= 0 ? start + nl + 1 : start;
}

function lastBefore(ctx: SpeakerContext, pos: number, type: Entity['type'], within = 1500): Entity | null {
  let best: LinkedMention | null = null;
  for (const m of ctx.mentions) {
    if (m.entity.type !== type || m.start >= pos || m.start < pos - within) continue;
    if (!best || m.start > best.start) best = m;
  }
  return best?.entity ?? null;
}

/** Speaker named in one tag window, or undefined when the window has no speech verb. */
function speakerIn(
  ctx: SpeakerContext,
  w: Window,
  side: 'after' | 'before',
  quoteStart: number,
  opensTag = false,
): Entity | null | undefined {
  const verbs = verbPositions(ctx.text, w);
  if (verbs.length === 0) return undefined;
  const verb = side === 'after' ? verbs[0]! : verbs[verbs.length - 1]!;
  // After a quotation, the tag follows at once ("…," Verma responded); a verb further on belongs
  // to another clause.
  if (side === 'after' && !opensTag && verb - w.start > MAX_TAG_GAP) return undefined;
  const inside = ctx.mentions.filter(
    (m) => m.start >= w.start && m.end <= w.end && m.entity.type !== 'place',
  );
  const slice = ctx.text.slice(w.start, w.end).toLowerCase();
  // "he said" / "said she": the pronoun is the subject of the verb.
  const pronounSubject = [
    ...slice.matchAll(/\b(?:he|she)\s+(\p{L}+)(?:\s+(\p{L}+))?|\b(\p{L}+)\s+(?:he|she)\b/gu),
  ].some((m) => SPEECH_VERBS.has(m[1] ?? '') || SPEECH_VERBS.has(m[2] ?? '') || SPEECH_VERBS.has(m[3] ?? ''));
  // Before a quotation the subject opens the clause ("Steve Menet, Senior Vice President of Sales
  // for Dräger, says: …"): the first name before the verb. After it, the name nearest the verb.
  const distance = (m: LinkedMention): number => {
    if (side === 'before') return m.end <= verb ? m.start - w.start : 10000 + (m.start - verb);
    return Math.min(Math.abs(m.start - verb), Math.abs(verb - m.end));
  };
  const people = inside.filter((m) => m.entity.type === 'person').sort((a, b) => distance(a) - distance(b));
  const nearVerb = (m: LinkedMention): number => Math.min(Math.abs(m.start - verb), Math.abs(verb - m.end));
  if (people.length > 0 && !(pronounSubject && nearVerb(people[0]!) > 40)) return people[0]!.entity;
  if (pronounSubject) return lastBefore(ctx, quoteStart, 'person');
  if (/\b\d+-year-old\b/.test(slice)) return lastBefore(ctx, quoteStart, 'person');
  const orgs = inside
    .filter((m) => m.entity.type === 'organization')
    .sort((a, b) => distance(a) - distance(b));
  if (orgs.length > 0) return orgs[0]!.entity;
  if (
    /\b(?:it|they)\s+(?:\p{L}+\s+)?(?:said|says|added|wrote|stated)\b|\bthe (?:company|club|group|firm|agency|ministry|statement)\b/u.test(
      slice,
    )
  )
    return lastBefore(ctx, quoteStart, 'organization', 600);
  return null;
}

export function resolveSpeakers(ctx: SpeakerContext, quotes: FoundQuote[]): Array<string | null> {
  const out: Array<string | null> = [];
  for (let i = 0; i < quotes.length; i++) {
    const q = quotes[i]!;
    let speaker: Entity | null | undefined;
    // A tag between the merged parts, then after the quotation, then before it.
    for (const tag of q.tags) {
      speaker = speakerIn(ctx, tag, 'after', q.start, true);
      if (speaker !== undefined) break;
    }
    if (speaker === undefined) {
      const first = q.segments[0]!;
      const opensTag =
        /[,!?…—–-]['’]?$/u.test(first.text) || /^\s*,/.test(ctx.text.slice(first.close, first.close + 3));
      speaker = speakerIn(
        ctx,
        { start: first.close, end: sentenceEndAfter(ctx, first.close) },
        'after',
        q.start,
        opensTag,
      );
    }
    if (speaker === undefined && q.segments.length > 0) {
      const last = q.segments[q.segments.length - 1]!;
      if (last !== q.segments[0])
        speaker = speakerIn(
          ctx,
          { start: last.close, end: sentenceEndAfter(ctx, last.close) },
          'after',
          q.start,
          true,
        );
    }
    if (speaker === undefined)
      speaker = speakerIn(ctx, { start: sentenceStartBefore(ctx, q.start), end: q.start }, 'before', q.start);
    if (speaker === undefined) {
      // No tag: the sentence before may name the speaker ("…, he added. "You name it…").
      const prevSentence = sentenceBefore(ctx, q.start);
      if (prevSentence) speaker = speakerIn(ctx, prevSentence, 'before', q.start);
    }
    if (speaker === undefined) {
      // No tag: a quotation opening a paragraph continues the previous paragraph's speaker.
      const prev = quotes[i - 1];
      const opensParagraph = /(^|\n)\s*$/.test(ctx.text.slice(Math.max(0, q.start - 3), q.start));
      speaker =
        prev && opensParagraph && q.paragraph - prev.paragraph <= 1 ? byName(ctx, out[i - 1] ?? null) : null;
    }
    out.push(speaker ? speaker.name : null);
  }
  return out;
}

function byName(ctx: SpeakerContext, name: string | null): Entity | null {
  if (name === null) return null;
  return ctx.mentions.find((m) => m.entity.name === name)?.entity ?? null;
}

/** The sentence just before a quotation in the same paragraph, when the quotation opens a sentence. */
function sentenceBefore(ctx: SpeakerContext, pos: number): Window | null {
  const i = ctx.sentences.findIndex((s) => s.start <= pos && pos < s.end);
  if (i <= 0 || ctx.sentences[i]!.start !== pos) return null;
  const prev = ctx.sentences[i - 1]!;
  if (ctx.text.slice(prev.end, pos).includes('\n')) return null;
  return { start: prev.start, end: prev.end };
}
