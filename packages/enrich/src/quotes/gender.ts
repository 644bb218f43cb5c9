// The grammatical gender a person's name or title shows, so "she said" does not go back to a man
// named just before ("Tanner Fischer … his mother, Adrianne Fischer … “…,” she said").
// Given names are those only one of the two @stdlib lists holds (data/NOTICE.md); a name in both
// lists ("Kelly", "Alex") or in neither shows nothing.
import genders from '../data/name-genders.json' with { type: 'json' };
import type { Entity } from '../types.ts';

export type Gender = 'm' | 'f';

const byName = new Map<string, Gender>();
for (const n of (genders as { male: string[]; female: string[] }).male) byName.set(n, 'm');
for (const n of (genders as { male: string[]; female: string[] }).female) byName.set(n, 'f');

// Titles and role words that carry a gender.
const TITLES: Record<string, Gender> = {
  mr: 'm',
  sir: 'm',
  lord: 'm',
  king: 'm',
  prince: 'm',
  congressman: 'm',
  chairman: 'm',
  spokesman: 'm',
  businessman: 'm',
  councilman: 'm',
  mrs: 'f',
  ms: 'f',
  miss: 'f',
  lady: 'f',
  dame: 'f',
  queen: 'f',
  princess: 'f',
  madam: 'f',
  congresswoman: 'f',
  chairwoman: 'f',
  spokeswoman: 'f',
  businesswoman: 'f',
  councilwoman: 'f',
  actress: 'f',
};

const cache = new WeakMap<Entity, Gender | null>();

/** The gender a person entity's roles or given name show, else null. */
export function genderOf(e: Entity): Gender | null {
  if (e.type !== 'person') return null;
  const cached = cache.get(e);
  if (cached !== undefined) return cached;
  // The given name first: a role merged in by surname ("Lady Starmer" into Keir Starmer) may be another's.
  const words = e.name.split(/\s+/);
  let g: Gender | null = words.length >= 2 ? (byName.get(words[0]!.toLowerCase()) ?? null) : null;
  for (const r of e.roles ?? [])
    for (const w of r.toLowerCase().split(/\s+/)) g ??= TITLES[w.replace(/\.$/, '')] ?? null;
  cache.set(e, g);
  return g;
}

/** "he", "his", "him" → m; "she", "her" → f. */
export function pronounGender(word: string | undefined): Gender | undefined {
  const w = word?.toLowerCase();
  return w === 'he' || w === 'his' || w === 'him' ? 'm' : w === 'she' || w === 'her' ? 'f' : undefined;
}

/**
 * What the article itself shows: a sentence naming a person near its start, followed by one that
 * opens with "He"/"She", tallies that pronoun for the person. The text outranks the name lists
 * ("Taylor" is a man's name there).
 */
export function textGenders(
  text: string,
  sentences: Array<{ start: number; end: number }>,
  mentions: Array<{ start: number; entity: Entity }>,
): Map<Entity, Gender> {
  const tally = new Map<Entity, number>();
  let mi = 0;
  for (let i = 0; i + 1 < sentences.length; i++) {
    const s = sentences[i]!;
    while (mi < mentions.length && mentions[mi]!.start < s.start) mi++;
    const m = mentions[mi];
    if (!m || m.start >= s.start + 60 || m.entity.type !== 'person') continue;
    // (Only the sentence's subject: "One showed Steve snuggling with Charlotte. She …" is not Steve.)
    if (!SUBJECT_LEAD.test(text.slice(s.start, m.start))) continue;
    // (Not inside a quotation: "“He does not listen,” she said" tells nothing of the one named before.)
    const next = /^\s*(?:\p{L}+,\s+)?(He|She)\b/u.exec(
      text.slice(sentences[i + 1]!.start, sentences[i + 1]!.start + 30),
    );
    if (next) tally.set(m.entity, (tally.get(m.entity) ?? 0) + (next[1] === 'He' ? 1 : -1));
  }
  const out = new Map<Entity, Gender>();
  for (const [e, n] of tally) if (n !== 0) out.set(e, n > 0 ? 'm' : 'f');
  return out;
}

// What may stand before a sentence's subject: opening phrases ("Then, last week,") and a role.
const SUBJECT_LEAD =
  /^(?:[^,.;]{0,40},\s*){0,2}(?:[\p{Lu}\d][\p{L}\d.'’-]*,?\s+|(?:the|a|an|of|and|former|new)\s+)*$/u;

/** The entity may be the one the pronoun of gender `g` refers to (no gender known: it may). */
export function fits(e: Entity, g: Gender | undefined, shown?: Map<Entity, Gender>): boolean {
  if (g === undefined || e.type !== 'person') return true;
  const own = shown?.get(e) ?? genderOf(e);
  return own === null || own === g;
}
