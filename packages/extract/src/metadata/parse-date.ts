// Date strings → instants with offsets. Machine formats (ISO 8601, RFC 2822) and the ways
// news pages write dates in text ("18 June 2024 - 09:21", "June 18, 2024 9:21 AM",
// "18.06.2024, 09:21 Uhr", "18 июня 2024", "2024年6月18日"). A date without an offset is read
// in the source's timezone (hint), else as UTC.
import { MONTH_ALTERNATION, MONTH_BY_NAME } from './month-names.ts';
import { formatWallTime, instantOf, offsetForWallTime, type WallTime } from './zoned-time.ts';

export interface ParsedDate {
  /** ISO-8601 with offset, e.g. 2024-06-18T09:21:00+04:00. */
  iso: string;
  ms: number;
  hasTime: boolean;
}

export interface DateContext {
  timezone?: string;
  /** Dates after this instant are rejected (a publication cannot follow the fetch). */
  notAfter: number;
  /** Month-first numeric dates (06/18/2024) for US English pages. */
  monthFirst?: boolean;
}

/** Earliest plausible publication year of a web page. */
const MIN_YEAR = 1995;

const ZONE_ABBREVIATIONS: Record<string, number> = {
  utc: 0,
  gmt: 0,
  z: 0,
  bst: 60,
  cet: 60,
  cest: 120,
  met: 60,
  mesz: 120,
  mez: 60,
  eet: 120,
  eest: 180,
  msk: 180,
  est: -300,
  edt: -240,
  cst: -360,
  cdt: -300,
  mst: -420,
  mdt: -360,
  pst: -480,
  pdt: -420,
  ist: 330,
  jst: 540,
  kst: 540,
  aest: 600,
  aedt: 660,
};

const ISO_DATE =
  /^\s*(\d{4})-?(\d{2})-?(\d{2})(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?/i;

const TIME =
  /(?:^|[^\d])(\d{1,2})\s*[:h.]\s*(\d{2})(?:[:.](\d{2}))?(?!\d)\s*(a\.?m\.?|p\.?m\.?)?(?:\s*(?:uhr|h\b))?\s*(?:\(?\s*(utc|gmt|[a-z]{3,4}t?)\s*([+-]\d{1,2}(?::?\d{2})?)?\)?|([+-]\d{2}:?\d{2}))?/i;

const DAY_MONTHNAME_YEAR = new RegExp(
  `(?<![\\p{L}\\d])(\\d{1,2})(?:\\.|st|nd|rd|th)?(?:\\s+de)?[\\s\\-/.]*(${MONTH_ALTERNATION})\\.?(?![\\p{L}])(?:\\s+de)?[\\s,\\-/.]*(\\d{4})`,
  'iu',
);
const MONTHNAME_DAY_YEAR = new RegExp(
  `(?<![\\p{L}])(${MONTH_ALTERNATION})\\.?(?![\\p{L}])\\s*(\\d{1,2})(?:st|nd|rd|th)?(?!\\d)[\\s,.]*(\\d{4})`,
  'iu',
);
const NUMERIC_DMY = /(?<![\d.])(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})(?![\d])/;
const NUMERIC_YMD = /(?<!\d)(\d{4})([./-])(\d{1,2})\2(\d{1,2})(?!\d)/;
const CJK_DATE = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/;

function validDate(year: number, month: number, day: number): boolean {
  if (year < MIN_YEAR || year > 2100 || month < 1 || month > 12 || day < 1 || day > 31) return false;
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCDate() === day;
}

function offsetFromText(text: string | undefined): number | null {
  if (!text) return null;
  if (/^z$/i.test(text)) return 0;
  const m = /^([+-])(\d{1,2}):?(\d{2})?$/.exec(text);
  if (!m) return null;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  return m[1] === '-' ? -minutes : minutes;
}

function finish(t: WallTime, hasTime: boolean, offset: number | null, ctx: DateContext): ParsedDate | null {
  if (!validDate(t.year, t.month, t.day)) return null;
  if (t.hour > 23 || t.minute > 59 || t.second > 59) return null;
  const effective = offset ?? offsetForWallTime(t, ctx.timezone);
  const ms = instantOf(t, effective);
  // A date-only value is compared by its day's start, so "today" is never "the future".
  const compared = hasTime ? ms : instantOf({ ...t, hour: 0, minute: 0, second: 0 }, effective);
  if (compared > ctx.notAfter) return null;
  return { iso: formatWallTime(t, effective), ms, hasTime };
}

/** A machine-readable value from structured data or meta tags. */
export function parseMachineDate(value: string, ctx: DateContext): ParsedDate | null {
  const m = ISO_DATE.exec(value);
  if (m) {
    const t: WallTime = {
      year: Number(m[1]),
      month: Number(m[2]),
      day: Number(m[3]),
      hour: Number(m[4] ?? 0),
      minute: Number(m[5] ?? 0),
      second: Number(m[6] ?? 0),
    };
    return finish(t, m[4] !== undefined, offsetFromText(m[7]), ctx);
  }
  if (/^\d{10,13}$/.test(value.trim())) {
    // Unix time in seconds or milliseconds.
    const n = Number(value.trim());
    const ms = value.trim().length > 11 ? n : n * 1000;
    const d = new Date(ms);
    if (Number.isNaN(d.getTime())) return null;
    return parseMachineDate(d.toISOString(), ctx);
  }
  return parseTextDate(value, ctx);
}

function parseTime(
  rest: string,
): { hour: number; minute: number; second: number; offset: number | null } | null {
  const m = TIME.exec(rest);
  if (!m) return null;
  let hour = Number(m[1]);
  const minute = Number(m[2]);
  const second = Number(m[3] ?? 0);
  const meridiem = m[4]?.toLowerCase().replace(/\./g, '');
  if (meridiem === 'pm' && hour < 12) hour += 12;
  if (meridiem === 'am' && hour === 12) hour = 0;
  if (hour > 23 || minute > 59) return null;
  let offset: number | null = null;
  const zone = m[5]?.toLowerCase();
  if (zone && zone in ZONE_ABBREVIATIONS) {
    offset = ZONE_ABBREVIATIONS[zone]!;
    const extra = offsetFromText(m[6]);
    if (extra !== null) offset += extra;
  } else if (m[7]) offset = offsetFromText(m[7]);
  return { hour, minute, second, offset };
}

interface DateMatch {
  index: number;
  end: number;
  year: number;
  month: number;
  day: number;
}

/** A match's place in the text with the day it names. */
function dateAt(m: RegExpExecArray, year: number, month: number, day: number): DateMatch {
  return { index: m.index, end: m.index + m[0].length, year, month, day };
}

function findDate(text: string, ctx: DateContext): DateMatch | null {
  const found: DateMatch[] = [];
  let m = DAY_MONTHNAME_YEAR.exec(text);
  const monthNamed = m && MONTH_BY_NAME.get(m[2]!.toLowerCase());
  if (m && monthNamed) found.push(dateAt(m, Number(m[3]), monthNamed, Number(m[1])));
  m = MONTHNAME_DAY_YEAR.exec(text);
  const monthFirst = m && MONTH_BY_NAME.get(m[1]!.toLowerCase());
  if (m && monthFirst) found.push(dateAt(m, Number(m[3]), monthFirst, Number(m[2])));
  m = CJK_DATE.exec(text);
  if (m) found.push(dateAt(m, Number(m[1]), Number(m[2]), Number(m[3])));
  m = NUMERIC_YMD.exec(text);
  if (m) found.push(dateAt(m, Number(m[1]), Number(m[3]), Number(m[4])));
  m = NUMERIC_DMY.exec(text);
  if (m) {
    let a = Number(m[1]);
    let b = Number(m[3]);
    let year = Number(m[4]);
    if (m[4]!.length === 2) year += year > 70 ? 1900 : 2000;
    // Slash dates on US-English pages are month-first; a first number above 12 settles it.
    if ((m[2] === '/' && ctx.monthFirst && a <= 12) || b > 12) [a, b] = [b, a];
    found.push(dateAt(m, year, b, a));
  }
  const valid = found.filter((d) => validDate(d.year, d.month, d.day));
  if (valid.length === 0) return null;
  valid.sort((x, y) => x.index - y.index);
  return valid[0]!;
}

/** The first date written in a short piece of visible text, with a time if one is next to it. */
export function parseTextDate(text: string, ctx: DateContext): ParsedDate | null {
  const date = findDate(text, ctx);
  if (!date) return null;
  // A time is looked for right after the date, then right before it.
  const after = text.slice(date.end, date.end + 30);
  const before = text.slice(Math.max(0, date.index - 20), date.index);
  const time = parseTime(after) ?? (/\d\s*[:h]\s*\d\d/.test(before) ? parseTime(before) : null);
  const t: WallTime = {
    year: date.year,
    month: date.month,
    day: date.day,
    hour: time?.hour ?? 0,
    minute: time?.minute ?? 0,
    second: time?.second ?? 0,
  };
  return finish(t, time !== null, time?.offset ?? null, ctx);
}

/** A date in the URL path: /2024/06/18/, /2024-06-18-, /20240618/. */
export function parseUrlDate(url: string, ctx: DateContext): ParsedDate | null {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const ymd =
    /(?:^|\/)((?:19|20)\d{2})[/_-](\d{1,2})[/_-](\d{1,2})(?:[/_-]|$)/.exec(path) ??
    /(?:^|[/_-])((?:19|20)\d{2})(\d{2})(\d{2})(?:[/_.-]|$)/.exec(path);
  // Day-first in a path segment: /meldungen/29-10-2021, /23-01-2022-headline.
  const dmy = ymd ? null : /(?:^|\/)(\d{2})[-_.](\d{2})[-_.]((?:19|20)\d{2})(?:[/_.-]|$)/.exec(path);
  const parts = ymd ? [ymd[1], ymd[2], ymd[3]] : dmy ? [dmy[3], dmy[2], dmy[1]] : null;
  if (!parts) return null;
  const t: WallTime = {
    year: Number(parts[0]),
    month: Number(parts[1]),
    day: Number(parts[2]),
    hour: 0,
    minute: 0,
    second: 0,
  };
  return finish(t, false, null, ctx);
}
