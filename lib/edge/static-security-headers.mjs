// Plain JavaScript so next.config.mjs can import it too (static assets skip middleware.ts).
// Edge-safe. Types in static-security-headers.d.mts.
import { isHttpsAppUrl } from "./app-url.mjs";

export const HSTS = "max-age=31536000; includeSubDomains";

/** The headers every response carries besides the CSP and HSTS (set by next.config.mjs). */
export const STATIC_SECURITY_HEADERS = Object.freeze({
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()",
  "Cross-Origin-Opener-Policy": "same-origin",
  "X-Frame-Options": "DENY",
});

/** HSTS only in production over https (browsers ignore it over http). */
export function wantsHsts(env) {
  return env.NODE_ENV === "production" && isHttpsAppUrl(env.AUTH_URL);
}

/** For responses that run no inline script (static files). */
export const STATIC_CSP = "default-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";
