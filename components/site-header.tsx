import Link from "next/link";
import { NAV_LINKS } from "@/lib/edge/roles";
import { NavLink } from "@/components/ui/nav-link";
import { ThemeSwitch } from "@/components/layout/theme-switch";
import type { Theme } from "@/lib/validation/theme";
import type { CurrentSession } from "@/lib/auth/dal";

const LINK = "rounded-md px-3 py-2 text-sm font-medium text-slate-700 hover:bg-slate-100 hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-indigo-700";

/** Navigation shows only the links the viewer's roles open. */
export function SiteHeader({
  session,
  signOutAction,
  theme,
  themeAction,
}: {
  session: CurrentSession | null;
  signOutAction: () => Promise<void>;
  theme: Theme;
  themeAction: (form: FormData) => Promise<void>;
}) {
  const links = session ? NAV_LINKS.filter((link) => session.permissions.has(link.permission)) : [];
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-2 px-4 py-3">
        <Link href="/" className="text-lg font-bold tracking-tight text-indigo-800 focus-visible:outline-2 focus-visible:outline-indigo-700">
          Gatehouse
        </Link>
        <nav aria-label="Main" className="flex flex-wrap items-center gap-1">
          {links.map((link) => (
            <NavLink key={link.href} href={link.href} className={`${LINK} aria-[current=page]:bg-indigo-50 aria-[current=page]:text-indigo-900`}>
              {link.label}
            </NavLink>
          ))}
          {session ? (
            <form action={signOutAction}>
              <button type="submit" className={LINK}>
                Sign out
              </button>
            </form>
          ) : (
            <>
              <Link href="/login" className={LINK}>
                Sign in
              </Link>
              <Link href="/register" className={LINK}>
                Register
              </Link>
            </>
          )}
        </nav>
        <ThemeSwitch theme={theme} action={themeAction} />
      </div>
    </header>
  );
}
