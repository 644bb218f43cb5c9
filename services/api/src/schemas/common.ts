import { z } from 'zod';
import { HttpProblem } from '../problem.ts';

/**
 * Names of sources, sections, authors…: plain text. A value shaped like an operator or a JSON
 * document (`$ne`, `{"$gt": ""}`) is refused outright: it would only ever be compared as a
 * string, but no real name looks like that, and a 400 tells the caller at once.
 */
export const name = (max = 200) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .refine((text) => !/^[[{$]/.test(text), 'looks like an operator or a JSON document, not a name');

/** An instant (`2024-06-18T05:21:00Z`) or a day (`2024-06-18`, meaning its start, UTC). */
export const instant = z
  .union([z.iso.datetime({ offset: true }), z.iso.date()])
  .transform((text) => new Date(text))
  .describe('ISO 8601 instant or date (UTC day start)');

export const articleId = z.string().regex(/^[0-9a-f]{32}$/, 'an article id is 32 hex digits');

/** A page boundary: the (time, id) of the last item served, opaque to clients. */
const Cursor = z.object({ t: z.iso.datetime(), id: z.string().min(1).max(200) });
export type Cursor = { t: Date; id: string };

export function encodeCursor(t: Date, id: string): string {
  return Buffer.from(JSON.stringify({ t: t.toISOString(), id })).toString('base64url');
}

export function decodeCursor(text: string, parameter = 'cursor'): Cursor {
  try {
    const cursor = Cursor.parse(JSON.parse(Buffer.from(text, 'base64url').toString('utf8')));
    return { t: new Date(cursor.t), id: cursor.id };
  } catch {
    throw new HttpProblem(400, 'Invalid query parameter', `${parameter}: not a cursor this API issued`);
  }
}

/**
 * One page of a keyset listing fetched with `limit + 1` rows: the first `limit`, and the cursor
 * of the last one when the extra row shows there is more.
 */
export function keysetPage<T>(rows: T[], limit: number, keyOf: (row: T) => [Date, string]) {
  const data = rows.slice(0, limit);
  const last = data[data.length - 1];
  return { data, nextCursor: rows.length > limit && last ? encodeCursor(...keyOf(last)) : null };
}

/** Newest first by (time, id): everything strictly after the cursor in that order. */
export function afterCursor(field: string, cursor: Cursor): Record<string, unknown> {
  return { $or: [{ [field]: { $lt: cursor.t } }, { [field]: cursor.t, _id: { $lt: cursor.id } }] };
}

export const limitParam = (max: number, fallback = 20) =>
  z.coerce
    .number()
    .int()
    .min(1)
    .max(max)
    .default(Math.min(fallback, max))
    .describe(`page size, at most ${max}`);

export const cursorParam = z.string().max(500).optional().describe('nextCursor of the previous page');

export const Page = <T extends z.ZodType>(item: T) =>
  z.object({ data: z.array(item), nextCursor: z.string().nullable() });
