// Opaque keyset cursors for the admin tables: the last row's sort value and id.

export type Cursor = { value: string | null; id: string };

const ROW_ID = /^[A-Za-z0-9_-]{1,64}$/;
const CONTROL = /[\u0000-\u001f\u007f]/;

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.value, cursor.id])).toString("base64url");
}

/** Null for anything that is not a cursor we wrote (then the first page is shown). */
export function decodeCursor(raw: string): Cursor | null {
  if (!raw) return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(raw, "base64url").toString("utf8"));
    if (!Array.isArray(parsed) || parsed.length !== 2) return null;
    const [value, id] = parsed;
    if ((value !== null && typeof value !== "string") || typeof id !== "string") return null;
    // Shaped like what we write: a row id, and a sort value with no control characters (PostgreSQL
    // refuses a NUL byte in a text parameter; a forged cursor must show the first page, not a 500).
    if (!ROW_ID.test(id) || (value?.length ?? 0) > 320 || (value !== null && CONTROL.test(value))) return null;
    return { value, id };
  } catch {
    return null;
  }
}

/** A cursor's sort value as the date it stands for, or null (no value, or not a date we wrote). */
export function cursorDate(cursor: Cursor | null): Date | null {
  if (cursor?.value == null) return null;
  const at = new Date(cursor.value);
  return Number.isNaN(at.getTime()) ? null : at;
}
