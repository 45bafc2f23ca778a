import "server-only";
import { cookies } from "next/headers";
import { THEME_COOKIE, themeFromCookie, type Theme } from "@/lib/validation/theme";

/** The reader's colour theme for this request, from the cookie the header's switch sets. */
export async function currentTheme(): Promise<Theme> {
  return themeFromCookie((await cookies()).get(THEME_COOKIE)?.value);
}
