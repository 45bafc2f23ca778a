"use server";

import { cookies } from "next/headers";
import { settings } from "@/lib/config/settings";
import { THEME_COOKIE, themeSchema } from "@/lib/validation/theme";
import { parseFormData } from "@/lib/validation/parse-form-data";

const YEAR_SECONDS = 365 * 24 * 60 * 60;

/** A preference, not a secret: anyone may set it, signed in or not. */
export async function setThemeAction(form: FormData): Promise<void> {
  const parsed = parseFormData(themeSchema, form);
  if (!parsed.success) return;
  const jar = await cookies();
  if (parsed.data.theme === "system") jar.delete(THEME_COOKIE);
  else jar.set(THEME_COOKIE, parsed.data.theme, { path: "/", maxAge: YEAR_SECONDS, sameSite: "lax", httpOnly: true, secure: settings().secureCookies });
}
