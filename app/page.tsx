import Link from "next/link";
import { getCurrentSession } from "@/lib/auth/dal";

const FEATURES = [
  ["Sign in your way", "Email and password today, with Google and GitHub alongside."],
  ["Roles that hold", "Checked at the edge and again on the server, on every request."],
  ["Secure by default", "bcrypt off the request thread, no user enumeration, safe redirects."],
] as const;

export default async function HomePage() {
  const session = await getCurrentSession();
  return (
    <div className="mx-auto max-w-5xl px-4 py-16">
      <h1 className="max-w-2xl text-4xl font-bold tracking-tight text-slate-900 sm:text-5xl">
        The account system your Next.js app reaches for first.
      </h1>
      <p className="mt-4 max-w-2xl text-lg text-slate-700">
        Gatehouse gives your product sign-up, sign-in, roles and an admin console — secure by default, fast, and
        readable enough to extend.
      </p>
      <div className="mt-8 flex flex-wrap gap-3">
        {session ? (
          <Link href="/dashboard" className="rounded-md bg-indigo-700 px-5 py-2.5 font-semibold text-white hover:bg-indigo-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-700">
            Go to your dashboard
          </Link>
        ) : (
          <>
            <Link href="/register" className="rounded-md bg-indigo-700 px-5 py-2.5 font-semibold text-white hover:bg-indigo-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-700">
              Create an account
            </Link>
            <Link href="/login" className="rounded-md bg-white px-5 py-2.5 font-semibold text-slate-900 ring-1 ring-inset ring-slate-300 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-700">
              Sign in
            </Link>
          </>
        )}
      </div>
      <ul className="mt-14 grid gap-6 sm:grid-cols-3">
        {FEATURES.map(([title, text]) => (
          <li key={title} className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
            <h2 className="font-semibold text-slate-900">{title}</h2>
            <p className="mt-1 text-sm text-slate-700">{text}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
