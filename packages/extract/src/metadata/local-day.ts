// A publication instant given in UTC ("…T02:18:11Z") is re-expressed in the page's own offset,
// so its day is the day the page states: a US evening story is not dated the next day. The
// instant never changes, only the offset it is written in.
import type { ParsedDate } from './parse-date.ts';
import { formatWallTime, zoneOffsetMinutes } from './zoned-time.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** Real UTC offsets lie between −12:00 and +14:00, in steps of 15 minutes. */
const MIN_OFFSET = -12 * 60;
const MAX_OFFSET = 14 * 60;
/** ISO date-times with a non-zero offset anywhere in the page (scripts, data attributes). */
const OFFSET_DATETIME =
  /(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?([+-])(\d{2}):?(\d{2})/g;
/** Only so many ISO date-times are compared, so a page of timestamps costs little. */
const MAX_OFFSET_CANDIDATES = 500;

export function offsetOf(iso: string): number | null {
  if (/Z$/i.test(iso)) return 0;
  const m = /([+-])(\d{2}):(\d{2})$/.exec(iso);
  if (!m) return null;
  const minutes = Number(m[2]) * 60 + Number(m[3]);
  return m[1] === '-' ? -minutes : minutes;
}

/** The same instant written with `offset` minutes. */
export function withOffset(date: ParsedDate, offset: number): ParsedDate {
  const wall = new Date(date.ms + offset * MINUTE);
  return {
    iso: formatWallTime(
      {
        year: wall.getUTCFullYear(),
        month: wall.getUTCMonth() + 1,
        day: wall.getUTCDate(),
        hour: wall.getUTCHours(),
        minute: wall.getUTCMinutes(),
        second: wall.getUTCSeconds(),
      },
      offset,
    ),
    ms: date.ms,
    hasTime: date.hasTime,
  };
}

/** An offset the page itself uses for this instant: another ISO date-time in the page that
 * denotes the same instant (within a minute) with a non-zero offset. */
function offsetInPage(date: ParsedDate, html: string): number | null {
  let seen = 0;
  OFFSET_DATETIME.lastIndex = 0;
  for (let m = OFFSET_DATETIME.exec(html); m; m = OFFSET_DATETIME.exec(html)) {
    if (++seen > MAX_OFFSET_CANDIDATES) break;
    const sign = m[7] === '-' ? -1 : 1;
    const offset = sign * (Number(m[8]) * 60 + Number(m[9]));
    if (offset === 0 || offset < MIN_OFFSET || offset > MAX_OFFSET) continue;
    const wall = Date.UTC(
      Number(m[1]),
      Number(m[2]) - 1,
      Number(m[3]),
      Number(m[4]),
      Number(m[5]),
      Number(m[6] ?? 0),
    );
    if (Math.abs(wall - offset * MINUTE - date.ms) <= MINUTE) return offset;
  }
  return null;
}

/** The offset implied by a visible date of the same publication: a wall time a whole number of
 * quarter hours from the instant gives the offset; a day without time that is the neighbour of
 * the UTC day gives the smallest whole-hour offset that reaches it. */
function offsetFromVisible(date: ParsedDate, visible: ParsedDate): number | null {
  // `visible` was read without a zone, so its ms is its wall time taken as UTC.
  if (visible.hasTime) {
    const diff = Math.round((visible.ms - date.ms) / MINUTE);
    if (diff === 0 || diff % 15 !== 0 || diff < MIN_OFFSET || diff > MAX_OFFSET) return null;
    return diff;
  }
  const dayStart = visible.ms;
  if (date.ms >= dayStart && date.ms < dayStart + 24 * HOUR) return null;
  if (date.ms < dayStart) {
    const hours = Math.ceil((dayStart - date.ms) / HOUR);
    return hours * 60 <= MAX_OFFSET ? hours * 60 : null;
  }
  const hours = Math.ceil((date.ms - (dayStart + 24 * HOUR) + 1) / HOUR);
  return -hours * 60 >= MIN_OFFSET ? -hours * 60 : null;
}

/** Re-expresses a UTC publication instant in the page's offset: one the page writes for the
 * same instant, else one implied by its visible date, else the source's timezone hint. */
export function localiseUtc(
  date: ParsedDate,
  html: string,
  visible: () => ParsedDate | null,
  timezone: string | undefined,
): ParsedDate {
  if (!date.hasTime || offsetOf(date.iso) !== 0) return date;
  const fromPage = offsetInPage(date, html);
  if (fromPage !== null) return withOffset(date, fromPage);
  const shown = visible();
  const fromVisible = shown ? offsetFromVisible(date, shown) : null;
  if (fromVisible !== null) return withOffset(date, fromVisible);
  const fromHint = timezone ? zoneOffsetMinutes(timezone, date.ms) : null;
  if (fromHint) return withOffset(date, fromHint);
  return date;
}
