// Attribution: who reports the story and whom they cite ("Caliber.Az reports citing Armenian
// media", "according to Reuters", "(AP) —", "The New York Times reported").
import type { LinkedMention } from './quotes/speaker.ts';
import type { Attribution } from './types.ts';

const REPORTS_CITING =
  /([\p{Lu}][\p{L}\p{N}.&'’-]*(?:\s+[\p{Lu}][\p{L}\p{N}.&'’-]*){0,3})\s+(?:reports|reported|informs|writes)\s*,?\s+citing\s+([^.;,\n]{3,80})/u;
const CITING = /\bciting\s+([^.;,\n]{3,80})/giu;
const WIRE_DATELINE =
  /^[^\n]{0,60}?\((Reuters|AP|AFP|Bloomberg|Xinhua|TASS|UPI|dpa|ANSA|EFE|PTI|IANS|Interfax|Trend|APA)\)\s*[-—–]/u;
const REPORT_VERB = /^\s*(?:has |had )?(?:reported|reports|reporting|said in a report|first reported)\b/u;

export function findAttribution(text: string, mentions: LinkedMention[]): Attribution {
  let reportedBy: string | null = null;
  const citing: string[] = [];
  const cite = (s: string): void => {
    const clean = s.trim().replace(/\s+/g, ' ');
    if (clean !== '' && clean !== reportedBy && !citing.includes(clean)) citing.push(clean);
  };
  const orgAt = (start: number, end: number): string | null => {
    const m = mentions.find((x) => x.entity.type === 'organization' && x.start >= start && x.end <= end);
    return m ? m.entity.name : null;
  };

  const rc = REPORTS_CITING.exec(text);
  if (rc) {
    const start = rc.index;
    reportedBy = orgAt(start, start + rc[1]!.length) ?? rc[1]!;
    const citedStart = start + rc[0].length - rc[2]!.length;
    cite(orgAt(citedStart, citedStart + rc[2]!.length) ?? rc[2]!);
  }
  const wire = WIRE_DATELINE.exec(text.slice(0, 200));
  if (wire) cite(orgAt(0, 200) ?? wire[1]!);
  for (const m of text.matchAll(CITING)) {
    if (rc && m.index >= rc.index && m.index <= rc.index + rc[0].length) continue;
    const s = m.index + m[0].length - m[1]!.length;
    const org = orgAt(s, s + m[1]!.length);
    if (org) cite(org);
  }
  // Organisations that "report" or that something is "according to": the sources of the story.
  for (const m of mentions) {
    if (m.entity.type !== 'organization') continue;
    const before = text.slice(Math.max(0, m.start - 20), m.start);
    const after = text.slice(m.end, m.end + 30);
    if (/\b(?:according to|via)\s+(?:the\s+)?$/iu.test(before) || REPORT_VERB.test(after))
      cite(m.entity.name);
  }
  return { reportedBy, citing };
}
