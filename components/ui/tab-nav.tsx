import Link from "next/link";

/** A row of section links (admin area, settings). */
export function TabNav({ label, links, className = "" }: { label: string; links: readonly { href: string; label: string }[]; className?: string }) {
  return (
    <nav aria-label={label} className={`flex flex-wrap gap-2 ${className}`}>
      {links.map((link) => (
        <Link
          key={link.href}
          href={link.href}
          className="rounded-md px-3 py-1.5 text-sm font-medium text-slate-700 ring-1 ring-slate-200 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-indigo-700"
        >
          {link.label}
        </Link>
      ))}
    </nav>
  );
}
