"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type { ReactNode } from "react";

/**
 * A link that marks itself as the current page (`aria-current="page"`; style it with the
 * `aria-[current=page]:` variant). `exact` links match only their own path; the others also
 * match the pages below them.
 */
export function NavLink({ href, exact = false, className, children }: { href: string; exact?: boolean; className: string; children: ReactNode }) {
  const pathname = usePathname();
  const current = pathname === href || (!exact && pathname.startsWith(`${href}/`));
  return (
    <Link href={href} aria-current={current ? "page" : undefined} className={className}>
      {children}
    </Link>
  );
}
