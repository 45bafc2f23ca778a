// Previous and Next as keyset pages for the admin tables (no OFFSET): each list says how it reads
// itself in either direction from a cursor, this module decides which page that makes.
import { type Cursor, decodeCursor, encodeCursor } from "./keyset-cursor";

export type KeysetReader<Row> = {
  /** Up to `limit` rows from the start, or after `cursor`, in the list's order. */
  forward(cursor: Cursor | null, limit: number): Promise<Row[]>;
  /** Up to `limit` rows before `cursor`, nearest first (the list's order turned round). */
  backward(cursor: Cursor, limit: number): Promise<Row[]>;
  keyOf(row: Row): Cursor;
};

export type KeysetPage<Row> = { rows: Row[]; nextCursor: string | null; previousCursor: string | null };

/** `rowsBefore`: how many matching rows come before this page (26–42 of 42 starts at 25). */
export type PlacedPage<Row> = KeysetPage<Row> & { total: number; rowsBefore: number };

/** The page after `after`, or the one before `before` (which wins), or the first. */
export async function readKeysetPage<Row>(
  reader: KeysetReader<Row>,
  place: { after: string; before: string },
  pageSize: number,
): Promise<KeysetPage<Row>> {
  const before = decodeCursor(place.before);
  const after = before ? null : decodeCursor(place.after);
  const found = before ? await reader.backward(before, pageSize + 1) : [];
  let page: Row[];
  let hasNext: boolean;
  let hasPrevious: boolean;
  if (found.length > pageSize) {
    // A full page before the cursor and one more: a page in the middle, read backwards.
    page = found.slice(0, pageSize).reverse();
    hasNext = true;
    hasPrevious = true;
  } else {
    // Forwards from `after`, or the first page when going back reaches the start (kept full).
    const forward = await reader.forward(after, pageSize + 1);
    page = forward.slice(0, pageSize);
    hasNext = forward.length > pageSize;
    hasPrevious = after !== null && page.length > 0;
  }
  const [first, last] = [page.at(0), page.at(-1)];
  return {
    rows: page,
    nextCursor: hasNext && last ? encodeCursor(reader.keyOf(last)) : null,
    previousCursor: hasPrevious && first ? encodeCursor(reader.keyOf(first)) : null,
  };
}

/**
 * Where a page starts: `countBefore` counts the matching rows before its first row (the backward
 * read's conditions, counted). A page with nothing before it any more (those rows were deleted)
 * loses its Previous.
 */
export async function placeKeysetPage<Row>(page: KeysetPage<Row>, total: number, countBefore: (cursor: Cursor) => Promise<number>): Promise<PlacedPage<Row>> {
  const cursor = decodeCursor(page.previousCursor ?? "");
  if (!cursor) return { ...page, total, rowsBefore: 0 };
  const rowsBefore = await countBefore(cursor);
  return { ...page, total, rowsBefore, previousCursor: rowsBefore > 0 ? page.previousCursor : null };
}
