import "server-only";
import { cookies } from "next/headers";
import { settings } from "@/lib/config/settings";
import { DEVICE_COOKIE_MAX_AGE_SECONDS, withDeviceToken } from "@/lib/devices/device-token";

type HeaderReader = { get(name: string): string | null };

/** `__Host-` prefixed (Secure, this host only, path /) exactly when AUTH_URL is https. */
export function deviceCookieName(): string {
  return settings().secureCookies ? "__Host-gatehouse.device" : "gatehouse.device";
}

/** The device cookie a request carries, read from its Cookie header. */
export function readDeviceCookie(headers: HeaderReader): string | null {
  const name = deviceCookieName();
  for (const part of (headers.get("cookie") ?? "").split(";")) {
    const [key, ...value] = part.trim().split("=");
    if (key === name) return value.join("=") || null;
  }
  return null;
}

/** After a successful sign-in: this browser becomes a known client of the account. */
export async function rememberDevice(userId: string, current: string | null): Promise<void> {
  const jar = await cookies();
  jar.set(deviceCookieName(), withDeviceToken(current, userId, process.env.AUTH_SECRET ?? ""), {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: settings().secureCookies,
    maxAge: DEVICE_COOKIE_MAX_AGE_SECONDS,
  });
}
