// `Retry-After` (RFC 9110 §10.2.3): either delay-seconds or an HTTP-date.

/**
 * Milliseconds to wait from `now`, or null when the header is absent or unparsable.
 * A date in the past yields 0. Capped at `maxMs` so a hostile server cannot park a host forever.
 */
export function parseRetryAfter(
  value: string | null | undefined,
  now: number = Date.now(),
  maxMs: number = 24 * 3600_000,
): number | null {
  if (value == null) return null;
  const text = value.trim();
  if (text === '') return null;
  if (/^\d+$/.test(text)) return Math.min(Number(text) * 1000, maxMs);
  // HTTP-date: IMF-fixdate, plus the obsolete RFC 850 and asctime forms that Date.parse reads.
  if (!/[a-z]/i.test(text)) return null;
  const at = Date.parse(text);
  if (Number.isNaN(at)) return null;
  return Math.min(Math.max(0, at - now), maxMs);
}
