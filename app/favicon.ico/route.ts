// Browsers ask for /favicon.ico on pages that name no icon (a JSON answer opened in a tab, an
// error from a route handler); the app's icon is app/icon.svg.
export function GET(): Response {
  return new Response(null, { status: 308, headers: { Location: "/icon.svg", "Cache-Control": "public, max-age=86400" } });
}
