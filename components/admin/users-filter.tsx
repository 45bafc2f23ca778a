"use client";

import { useEffect, useRef, useState, useTransition } from "react";
import { usePathname, useRouter, useSearchParams } from "next/navigation";

const SEARCH_DELAY_MS = 250;

type Option = { value: string; label: string };

const SELECT = "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm focus-visible:ring-2 focus-visible:ring-indigo-600";

/**
 * The admin users table's query controls. Everything lives in the URL (router.replace for
 * keystrokes, push for filter changes), so a view can be shared and the back button works.
 */
export function UsersFilter({ roles }: { roles: string[] }) {
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const [pending, startTransition] = useTransition();
  const [q, setQ] = useState(params.get("q") ?? "");
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // The query as last asked for: two quick changes must build on each other, not on the URL
  // the router has not caught up with yet.
  const latest = useRef(params.toString());
  useEffect(() => {
    latest.current = params.toString();
  }, [params]);

  function navigate(changes: Record<string, string>, mode: "push" | "replace") {
    const next = new URLSearchParams(latest.current);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    // A new query starts at the first page.
    next.delete("after");
    next.delete("before");
    latest.current = next.toString();
    const url = next.size ? `${pathname}?${next}` : pathname;
    startTransition(() => (mode === "push" ? router.push(url) : router.replace(url)));
  }

  useEffect(() => () => clearTimeout(timer.current), []);

  function onSearch(value: string) {
    setQ(value);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => navigate({ q: value.trim() }, "replace"), SEARCH_DELAY_MS);
  }

  const select = (name: string, label: string, options: Option[]) => (
    <div>
      <label htmlFor={`filter-${name}`} className="block text-sm font-medium text-slate-800">{label}</label>
      <select id={`filter-${name}`} className={SELECT} value={new URLSearchParams(latest.current).get(name) ?? ""} onChange={(event) => navigate({ [name]: event.target.value }, "push")}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>{option.label}</option>
        ))}
      </select>
    </div>
  );

  return (
    <form method="get" role="search" className="grid gap-4 sm:grid-cols-5" onSubmit={(event) => event.preventDefault()} aria-busy={pending || undefined}>
      <div className="sm:col-span-5">
        <label htmlFor="filter-q" className="block text-sm font-medium text-slate-800">Search email or name</label>
        <input id="filter-q" type="search" value={q} maxLength={100} onChange={(event) => onSearch(event.target.value)} className={SELECT} autoComplete="off" />
      </div>
      {select("role", "Role", [{ value: "", label: "Any role" }, ...roles.map((role) => ({ value: role, label: role }))])}
      {select("status", "Status", [
        { value: "", label: "Any status" },
        { value: "active", label: "Active" },
        { value: "inactive", label: "Deactivated" },
      ])}
      {select("method", "Sign-in method", [
        { value: "", label: "Any method" },
        { value: "password", label: "Password" },
        { value: "provider", label: "Provider" },
      ])}
      {select("secondFactor", "Second factor", [
        { value: "", label: "Any" },
        { value: "without", label: "Without a second factor" },
        { value: "with", label: "With a second factor" },
      ])}
      {select("sort", "Sort by", [
        { value: "", label: "Newest first" },
        { value: "lastLogin", label: "Last sign-in" },
        { value: "email", label: "Email" },
      ])}
    </form>
  );
}
