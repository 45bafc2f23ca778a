import Link from "next/link";

export function ForbiddenNotice() {
  return (
    <div className="mx-auto max-w-xl px-4 py-16 text-center">
      <p className="text-sm font-semibold text-red-700">403 · Forbidden</p>
      <h1 className="mt-2 text-2xl font-bold tracking-tight">You don’t have access to this page</h1>
      <p className="mt-3 text-slate-700">
        Your account is signed in, but none of its roles opens this area. If you need access, ask an administrator.
      </p>
      <Link href="/dashboard" className="mt-6 inline-block rounded-md bg-indigo-700 px-4 py-2 text-sm font-semibold text-white hover:bg-indigo-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-700">
        Back to your dashboard
      </Link>
    </div>
  );
}
