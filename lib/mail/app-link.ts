import { settings } from "@/lib/config/settings";

/**
 * An absolute link into the app for an email. Always from the configured AUTH_URL, never from
 * the request's Host or X-Forwarded-Host, which whoever sends the request can write.
 */
export function appLink(path: `/${string}`, params: Record<string, string> = {}, appUrl: string = settings().appUrl): string {
  const query = new URLSearchParams(params).toString();
  return `${appUrl}${path}${query ? `?${query}` : ""}`;
}
