import type { ArticleArrival, Store } from '@newsflow/store';

const HOUR_MS = 3600_000;
const DAY_MS = 24 * HOUR_MS;
/** The status page's per-source sparkline: new articles per hour over this many hours. */
export const ACTIVITY_HOURS = 24;

/**
 * NewsflowSourceSilent of infra/monitoring/rules/newsflow.rules.yml, evaluated here from the
 * store (no Prometheus runs in tests or the demo): a source is silent when it stored no new
 * article in the last `windowHours` although it stored at least `minUsual` in the same hours
 * `daysAgo[0]` or `daysAgo[1]` days before. Here it is evaluated at each status request, without
 * the rule's 15-minute hold, and only for enabled sources.
 */
export const SOURCE_SILENCE = { windowHours: 3, minUsual: 3, daysAgo: [1, 7] } as const;

export interface SourceActivity {
  /** New articles per hour over the last ACTIVITY_HOURS hours, oldest first. */
  perHour: number[];
  /** Its usual level: the mean of the same hours one and seven days before. */
  usualPerHour: number[];
  /** New articles in the silence window, and the most in the same hours one or seven days before. */
  recent: number;
  usual: number;
  silent: boolean;
}

/** Arrivals counted per source and hour over the ACTIVITY_HOURS hours ending at `end`. */
export function perHourBySource(arrivals: ArticleArrival[], end: number): Map<string, number[]> {
  const start = end - ACTIVITY_HOURS * HOUR_MS;
  const counts = new Map<string, number[]>();
  for (const { source, firstSeenAt } of arrivals) {
    const index = Math.floor((firstSeenAt.getTime() - start) / HOUR_MS);
    if (index < 0 || index >= ACTIVITY_HOURS) continue;
    const hours = counts.get(source) ?? new Array<number>(ACTIVITY_HOURS).fill(0);
    hours[index]!++;
    counts.set(source, hours);
  }
  return counts;
}

const lastHours = (hours: number[], n: number) => hours.slice(-n).reduce((a, b) => a + b, 0);

/** Each source's activity from its hourly counts now, a day before and a week before. */
export function sourceActivity(recent: number[], dayBefore: number[], weekBefore: number[]): SourceActivity {
  const { windowHours, minUsual } = SOURCE_SILENCE;
  const inWindow = lastHours(recent, windowHours);
  const usual = Math.max(lastHours(dayBefore, windowHours), lastHours(weekBefore, windowHours));
  return {
    perHour: recent,
    usualPerHour: recent.map((_, i) => ((dayBefore[i] ?? 0) + (weekBefore[i] ?? 0)) / 2),
    recent: inWindow,
    usual,
    silent: inWindow === 0 && usual >= minUsual,
  };
}

/** Reads the three days of arrivals (the last 24 h, a day and a week before) and sums them per source. */
export async function readSourceActivity(
  store: Store,
  now: number,
): Promise<(source: string) => SourceActivity> {
  const [dayAgo, weekAgo] = SOURCE_SILENCE.daysAgo.map((days) => now - days * DAY_MS) as [number, number];
  const day = (end: number) =>
    store.articles
      .arrivals(new Date(end - ACTIVITY_HOURS * HOUR_MS), new Date(end))
      .then((arrivals) => perHourBySource(arrivals, end));
  const [recent, dayBefore, weekBefore] = await Promise.all([day(now), day(dayAgo), day(weekAgo)]);
  const none = new Array<number>(ACTIVITY_HOURS).fill(0);
  return (source) =>
    sourceActivity(recent.get(source) ?? none, dayBefore.get(source) ?? none, weekBefore.get(source) ?? none);
}
