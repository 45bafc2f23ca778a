import Link from "next/link";

export default function NotFound() {
  return (
    <div className="mx-auto max-w-xl px-4 py-16 text-center">
      <p className="text-sm font-semibold text-indigo-700">404 · Not found</p>
      <h1 className="mt-2 text-2xl font-bold tracking-tight">There is no page at this address</h1>
      <p className="mt-3 text-slate-700">Check the link, or start again from the home page.</p>
      <Link href="/" className="mt-6 inline-block rounded-md bg-indigo-700 px-4 py-2 text-sm font-semibold text-white hover:bg-indigo-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-700">
        Go home
      </Link>
    </div>
  );
}
