import "server-only";
import type { Metadata } from "next";
import type { Permission } from "@/lib/edge/roles";
import { isForbidden } from "./dal";

export const FORBIDDEN_TITLE = "Forbidden · Gatehouse";

/**
 * A gated page's title, or the 403's for a viewer it refuses: Next renders forbidden.tsx in the
 * page's place but keeps the page's metadata, and "Security log · Admin" would say what is
 * behind the door (and disagree with the 403 page's own server HTML, which hydration replaces).
 */
export async function gatedPageTitle(permission: Permission, title: string): Promise<Metadata> {
  return { title: (await isForbidden(permission)) ? FORBIDDEN_TITLE : title };
}
