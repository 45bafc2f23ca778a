// Edge-safe. Redirect targets come from the query string, so treat them as attacker input.

export const DEFAULT_AFTER_SIGN_IN = "/dashboard";

/**
 * Returns `target` when it is a same-origin relative path, otherwise `fallback`.
 * Refuses protocol-relative (`//evil`), backslash tricks (`/\evil`), absolute URLs,
 * `javascript:` and anything with control characters.
 */
export function safeCallbackUrl(target: unknown, fallback: string = DEFAULT_AFTER_SIGN_IN): string {
  if (typeof target !== "string" || target.length === 0 || target.length > 2048) return fallback;
  // Control characters and whitespace can be stripped by browsers to turn "/ /evil" into "//evil".
  if (/[\u0000-\u0020\u007f\\]/.test(target)) return fallback;
  if (!target.startsWith("/") || target.startsWith("//")) return fallback;

  // Resolve against a placeholder origin: the result must stay on that origin.
  const base = "http://gatehouse.invalid";
  let url: URL;
  try {
    url = new URL(target, base);
  } catch {
    return fallback;
  }
  if (url.origin !== base) return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  return path.startsWith("//") ? fallback : path;
}
