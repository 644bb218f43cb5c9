import { articleOf, type EnrichedLog, type FeedArticle } from './enriched-feed.ts';
import type { LogPosition } from './log-position.ts';
import { readLog } from './log-reader.ts';

/**
 * A resuming client's own read of the log, from its `Last-Event-ID` position up to where the
 * live feed took over for it (`to`, exclusive), handing each article over in log order per
 * partition. Resolves once every partition is read up to `to`, or when `isClosed()` (the client
 * left). Partitions missing from `from` start at `to`: nothing to read there.
 */
export async function catchUp(
  log: EnrichedLog,
  range: { from: LogPosition; to: LogPosition },
  send: (item: FeedArticle) => void,
  isClosed: () => boolean,
): Promise<void> {
  const from = new Map(
    [...range.to].map(([partition, end]) => [partition, range.from.get(partition) ?? end]),
  );
  const behind = new Set([...from].filter(([p, offset]) => offset < range.to.get(p)!).map(([p]) => p));
  if (behind.size === 0) return;
  let done!: () => void;
  let fail!: (error: unknown) => void;
  const finished = new Promise<void>((resolve, reject) => {
    done = resolve;
    fail = reject;
  });
  const reader = await readLog({
    ...log,
    groupPrefix: `${log.groupPrefix}-resume`,
    from,
    onRecord: async (record) => {
      const end = range.to.get(record.partition) ?? 0;
      if (record.offset >= end) return;
      // A failed read ends the catch-up (the client is told): skipping would lose an event.
      const item = await articleOf(log, record).catch((error) => fail(error));
      if (item) send(item);
      if (record.offset + 1 >= end) behind.delete(record.partition);
      if (behind.size === 0) done();
    },
  });
  const watch = setInterval(() => isClosed() && done(), 500);
  try {
    await finished;
  } finally {
    clearInterval(watch);
    await reader.stop();
  }
}
