// Names defined with their acronym ("Immigration, Refugees and Citizenship Canada (IRCC)").
import type { Token } from '../text/tokens.ts';
import { lookupPlace } from './gazetteer.ts';
import type { Mention, MentionContext } from './mentions.ts';
import { textOf } from './name-shape.ts';

const ACRONYM_GLUE = new Set(['of', 'and', 'for', 'the', 'on', '&', 'de', 'du', 'des', 'la']);

/**
 * Names defined with their acronym: "Immigration, Refugees and Citizenship Canada (IRCC)",
 * "Isis (Institute of Strategic and International Studies)". The initials of the capitalised words
 * must spell the acronym, so the name's extent is known even with commas and "and" inside.
 */
export function acronymDefinitions(ctx: MentionContext): Mention[] {
  const { text, tokens } = ctx;
  const out: Mention[] = [];
  const org = (from: Token, to: Token): Mention => ({
    name: textOf(text, [from, to]),
    type: 'organization',
    start: from.start,
    end: to.end,
    initial: from.initial,
  });
  const re = /\(([\p{L}&]{2,9})\)|(\p{Lu}[\p{L}&]{1,8}) \(([^()\n]{5,120})\)/gu;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[1]) {
      // Long name (ACR): walk back over capitalised words, collecting initials.
      const letters = m[1].replace(/[^\p{Lu}]/gu, '');
      if (letters.length < 2 || letters.length !== m[1].replace(/[^\p{L}]/gu, '').length) continue;
      let k = tokens.findIndex((t) => t.start >= m!.index) - 1;
      if (k < 0) k = tokens.length - 1;
      const end = tokens[k];
      if (!end || !/^\s*$/.test(text.slice(end.end, m.index))) continue;
      let initials = '';
      let startTok: Token | null = null;
      for (let i = k; i >= 0 && initials.length < letters.length; i--) {
        const t = tokens[i]!;
        if (t.sentence !== end.sentence) break;
        if (i < k && !/^(?:,\s|\s)$/.test(text.slice(t.end, tokens[i + 1]!.start))) break;
        if (t.cap) {
          initials = t.text[0]!.toUpperCase() + initials;
          startTok = t;
        } else if (!ACRONYM_GLUE.has(t.lower)) break;
      }
      if (
        startTok &&
        initials === letters.toUpperCase() &&
        startTok !== end &&
        !lookupPlace(textOf(text, [startTok, end]))
      )
        out.push(org(startTok, end));
    } else if (m[2] && m[3]) {
      // ACR (Long name): the capitalised words inside spell the acronym.
      const acronym = m[2].toUpperCase();
      const inner = m[3].split(/[\s,]+/).filter((w) => w !== '' && !ACRONYM_GLUE.has(w.toLowerCase()));
      if (inner.length < 2 || !inner.every((w) => /^\p{Lu}/u.test(w))) continue;
      if (inner.map((w) => w[0]!.toUpperCase()).join('') !== acronym) continue;
      const innerStart = m.index + m[2].length + 2;
      const from = tokens.find((t) => t.start >= innerStart);
      const to = [...tokens].reverse().find((t) => t.end <= innerStart + m![3]!.length);
      const acr = tokens.find((t) => t.start === m!.index);
      if (from && to && acr) out.push(org(from, to), org(acr, acr));
    }
  }
  return out;
}
