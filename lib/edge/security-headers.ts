// Response headers every page, API answer, redirect and error carries. Edge-safe (Web APIs only):
// middleware.ts sets them per request; next.config.mjs sets the static ones on static assets.

/** 128 random bits, base64: one getRandomValues per request. */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/**
 * Scripts run only with this request's nonce (Next adds it to its own scripts when it finds the
 * policy on the request headers); 'strict-dynamic' lets those load their chunks. `next dev`
 * needs eval for its overlay and a websocket for hot reload.
 */
export function contentSecurityPolicy(nonce: string, { dev = false }: { dev?: boolean } = {}): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    // React and Next write style attributes; styles cannot run script.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${dev ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'self'",
  ].join("; ");
}

export { HSTS, STATIC_SECURITY_HEADERS, wantsHsts } from "./static-security-headers.mjs";
