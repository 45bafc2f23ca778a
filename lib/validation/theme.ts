import { z } from "zod";

/** "system" follows the device's setting (prefers-color-scheme); the others fix one scheme. */
export const THEMES = ["system", "light", "dark"] as const;
export type Theme = (typeof THEMES)[number];

/** The cookie the root layout reads, so the first HTML already has the right scheme (no flash). */
export const THEME_COOKIE = "theme";

export const themeSchema = z.object({ theme: z.enum(THEMES) });

export function themeFromCookie(value: string | undefined): Theme {
  return THEMES.find((theme) => theme === value) ?? "system";
}
