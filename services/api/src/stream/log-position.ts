import { HttpProblem } from '../problem.ts';

/**
 * A position in the `articles.enriched.v1` log: for each partition, the offset of the next
 * message to read. It is the stream's SSE event id (`0:120,1:98,2:131`), so a reconnecting
 * client's `Last-Event-ID` says exactly where to resume in Kafka, whichever API process answers.
 */
export type LogPosition = Map<number, number>;

const FORMAT = /^\d{1,6}:\d{1,18}(,\d{1,6}:\d{1,18})*$/;

export function encodePosition(position: LogPosition): string {
  return [...position]
    .sort(([a], [b]) => a - b)
    .map(([partition, offset]) => `${partition}:${offset}`)
    .join(',');
}

/**
 * The position a `Last-Event-ID` names; null for an id of the store-polling stream this one
 * replaced (a base64url cursor): those clients start live, once, instead of failing for good, as
 * an EventSource does not reconnect after an error status.
 */
export function decodePosition(text: string, parameter = 'Last-Event-ID'): LogPosition | null {
  if (!FORMAT.test(text)) {
    if (isStoreCursor(text)) return null;
    throw new HttpProblem(400, 'Invalid header', `${parameter}: not an event id this API issued`);
  }
  return new Map(
    text.split(',').map((pair) => {
      const [partition, offset] = pair.split(':').map(Number) as [number, number];
      return [partition, offset];
    }),
  );
}

function isStoreCursor(text: string): boolean {
  try {
    const cursor = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as {
      t?: unknown;
      id?: unknown;
    };
    return typeof cursor.t === 'string' && typeof cursor.id === 'string';
  } catch {
    return false;
  }
}

/** Whether the message at (partition, offset) comes at or after the position. */
export function isAtOrAfter(position: LogPosition, partition: number, offset: number): boolean {
  return offset >= (position.get(partition) ?? 0);
}
