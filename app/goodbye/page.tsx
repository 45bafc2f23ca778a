import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Account deleted · Gatehouse" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** Where a deleted account lands: public, since the session ended with the account. */
export default async function GoodbyePage({ searchParams }: { searchParams: SearchParams }) {
  const devices = Number((await searchParams).devices);
  const signedOut =
    Number.isInteger(devices) && devices > 0 ? `You were signed out of ${devices === 1 ? "1 device or app" : `${devices} devices and apps`}` : "You were signed out everywhere";
  return (
    <div className="mx-auto max-w-xl px-4 py-16 text-center">
      <h1 className="text-2xl font-bold tracking-tight">Your account is deleted</h1>
      <p className="mt-3 text-slate-700" role="status" data-testid="goodbye">
        {signedOut}, and we sent a last email to your address to confirm it. Thank you for using Gatehouse.
      </p>
      <Link href="/" className="mt-6 inline-block rounded-md bg-indigo-700 px-4 py-2 text-sm font-semibold text-white hover:bg-indigo-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-700">
        Go home
      </Link>
    </div>
  );
}
