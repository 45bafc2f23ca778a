import type { Metadata } from "next";
import Link from "next/link";
import { countParam, endedInWords } from "@/lib/sessions/ended-in-words";

export const metadata: Metadata = { title: "Account deleted · Gatehouse" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** Where a deleted account lands: public, since the session ended with the account. */
export default async function GoodbyePage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const ended = { sessions: countParam(params.devices), tokenFamilies: countParam(params.apps) };
  return (
    <div className="mx-auto max-w-xl px-4 py-16 text-center">
      <h1 className="text-2xl font-bold tracking-tight">Your account is deleted</h1>
      <p className="mt-3 text-slate-700" role="status" data-testid="goodbye">
        You were signed out of {endedInWords(ended)}, and we sent a last email to your address to confirm it. Thank you for using Gatehouse.
      </p>
      <Link href="/" className="mt-6 inline-block rounded-md bg-indigo-700 px-4 py-2 text-sm font-semibold text-white hover:bg-indigo-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-700">
        Go home
      </Link>
    </div>
  );
}
