// Wall-clock time in an IANA zone → instant, and instant → ISO string with that zone's offset.

const formatters = new Map<string, Intl.DateTimeFormat | null>();

/** The IANA name for a zone hint. A hint with the wrong region but a known city
 * ("Europe/Baku" for Asia/Baku) is mapped to the zone of that city. */
export function resolveZone(zone: string): string | null {
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    const city = zone.split('/').pop()?.toLowerCase();
    if (!city) return null;
    const match = Intl.supportedValuesOf('timeZone').find((z) => z.toLowerCase().endsWith(`/${city}`));
    return match ?? null;
  }
}

function formatter(zone: string): Intl.DateTimeFormat | null {
  if (formatters.has(zone)) return formatters.get(zone)!;
  let f: Intl.DateTimeFormat | null = null;
  const resolved = resolveZone(zone);
  if (resolved) {
    try {
      f = new Intl.DateTimeFormat('en-US', {
        timeZone: resolved,
        hourCycle: 'h23',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
      });
    } catch {
      f = null;
    }
  }
  // Bounded: hints come from source configuration, a handful of zones.
  if (formatters.size < 1000) formatters.set(zone, f);
  return f;
}

/** Offset of `zone` at instant `ms`, in minutes east of UTC; null for an unknown zone. */
export function zoneOffsetMinutes(zone: string, ms: number): number | null {
  const f = formatter(zone);
  if (!f) return null;
  const parts: Record<string, number> = {};
  for (const p of f.formatToParts(new Date(ms))) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  const asUtc = Date.UTC(
    parts.year!,
    parts.month! - 1,
    parts.day!,
    parts.hour!,
    parts.minute!,
    parts.second!,
  );
  return Math.round((asUtc - Math.floor(ms / 1000) * 1000) / 60000);
}

export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** Offset (minutes) that wall time `t` has in `zone`; UTC when the zone is unknown. */
export function offsetForWallTime(t: WallTime, zone: string | undefined): number {
  if (!zone) return 0;
  const naive = Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second);
  const first = zoneOffsetMinutes(zone, naive);
  if (first === null) return 0;
  const second = zoneOffsetMinutes(zone, naive - first * 60000);
  return second ?? first;
}

const pad = (n: number, width = 2): string => String(Math.abs(n)).padStart(width, '0');

export function formatOffset(minutes: number): string {
  if (minutes === 0) return 'Z';
  const sign = minutes < 0 ? '-' : '+';
  return `${sign}${pad(Math.floor(Math.abs(minutes) / 60))}:${pad(Math.abs(minutes) % 60)}`;
}

/** ISO-8601 string of a wall time with its offset, e.g. 2024-06-18T09:21:00+04:00. */
export function formatWallTime(t: WallTime, offsetMinutes: number): string {
  return `${pad(t.year, 4)}-${pad(t.month)}-${pad(t.day)}T${pad(t.hour)}:${pad(t.minute)}:${pad(t.second)}${formatOffset(offsetMinutes)}`;
}

export function instantOf(t: WallTime, offsetMinutes: number): number {
  return Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second) - offsetMinutes * 60000;
}
