// Plain JavaScript so next.config.mjs can use it too. Edge-safe. Types in app-url.d.mts.

/**
 * Whether the app's public URL (AUTH_URL) is https: the one rule behind Secure and prefixed
 * cookies, HSTS, the test clock being ignored, and db:seed refusing to run.
 */
export function isHttpsAppUrl(appUrl) {
  return (appUrl ?? "").trim().toLowerCase().startsWith("https://");
}
