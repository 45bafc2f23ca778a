// How the admin users search reads what an admin typed. Pure: lib/admin/search-users.ts turns
// these values into SQL parameters (never into SQL text).

/** Trigram indexes (FTS5 trigram, pg_trgm) cannot find anything shorter than one trigram. */
export const MIN_ANY_PART_LENGTH = 3;

export type SearchTerm =
  | { kind: "none" }
  /** 3 characters or more: any part of the email or the name, case-insensitive. */
  | { kind: "any-part"; term: string }
  /** 1–2 characters: the start of the email, lower-cased (emails are stored lower-cased). */
  | { kind: "email-prefix"; prefix: string };

export function readSearchTerm(raw: string): SearchTerm {
  const term = raw.trim();
  if (!term) return { kind: "none" };
  // Characters, not UTF-16 units: "é" or an emoji is one character to a trigram tokenizer.
  if ([...term].length >= MIN_ANY_PART_LENGTH) return { kind: "any-part", term };
  return { kind: "email-prefix", prefix: term.toLowerCase() };
}

/**
 * An FTS5 query that matches `term` as a substring: one quoted string (the trigram tokenizer
 * turns it into consecutive trigrams), with embedded double quotes doubled, so nothing the
 * admin types is read as FTS5 query syntax (AND, OR, NEAR, *, ^, column filters).
 */
export function ftsSubstringQuery(term: string): string {
  return `"${term.replaceAll('"', '""')}"`;
}

/**
 * A LIKE pattern (escape character: backslash, PostgreSQL's default) that matches `term`
 * anywhere: %, _ and \ typed by the admin match themselves, not any text.
 */
export function likeContainsPattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

/**
 * The exclusive upper bound of an email range that starts with `prefix`: U+10FFFF is the
 * highest code point, so every string that starts with `prefix` sorts below prefix + U+10FFFF
 * (byte-wise in SQLite; in PostgreSQL under C/C.UTF-8 collations and glibc/ICU ones, where it
 * sorts last). search-users.ts also rechecks the prefix exactly.
 */
export function prefixUpperBound(prefix: string): string {
  return `${prefix}\u{10FFFF}`;
}
