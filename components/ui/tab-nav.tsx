import { NavLink } from "./nav-link";

/**
 * A row of section links (admin area, settings). The first link is the section's home and is
 * current only on its own path; the others also on the pages below them.
 */
export function TabNav({ label, links, className = "" }: { label: string; links: readonly { href: string; label: string }[]; className?: string }) {
  return (
    <nav aria-label={label} className={`flex flex-wrap gap-2 ${className}`}>
      {links.map((link, index) => (
        <NavLink
          key={link.href}
          href={link.href}
          exact={index === 0}
          className="rounded-md px-3 py-1.5 text-sm font-medium text-slate-700 ring-1 ring-slate-200 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-indigo-700 aria-[current=page]:bg-indigo-50 aria-[current=page]:text-indigo-900 aria-[current=page]:ring-indigo-300"
        >
          {link.label}
        </NavLink>
      ))}
    </nav>
  );
}
