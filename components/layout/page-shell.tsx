import type { ReactNode } from "react";

export function PageShell({ title, intro, children }: { title: string; intro?: ReactNode; children: ReactNode }) {
  return (
    <div className="mx-auto w-full max-w-5xl px-4 py-10">
      <h1 className="text-2xl font-bold tracking-tight">{title}</h1>
      {intro ? <p className="mt-2 max-w-2xl text-slate-700">{intro}</p> : null}
      <div className="mt-8 space-y-6">{children}</div>
    </div>
  );
}
