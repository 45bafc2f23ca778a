import Link from "next/link";
import type { PlacedPage } from "@/lib/admin/keyset-page";

const PAGE_LINK = "font-medium text-indigo-800 underline";

type KeysetPagerProps = {
  /** The list's path and its filters as they stand in the URL (values equal to their default left out). */
  path: string;
  query: Record<string, string>;
  page: PlacedPage<unknown>;
  rangeTestId: string;
};

/** Previous, Next and "26–40 of 40" under an admin table whose pages are keyset pages (after=/before=). */
export function KeysetPager({ path, query, page, rangeTestId }: KeysetPagerProps) {
  // The filters stay; the cursor says which way to go from here.
  const href = (cursor: { after?: string; before?: string }) => {
    const params = new URLSearchParams(Object.entries({ ...query, after: "", before: "", ...cursor }).filter(([, value]) => value !== ""));
    return params.size > 0 ? `${path}?${params}` : path;
  };
  return (
    <nav aria-label="Pages" className="mt-4 flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
      {page.rows.length > 0 ? (
        <p className="text-slate-600" data-testid={rangeTestId}>
          {page.rowsBefore + 1}–{page.rowsBefore + page.rows.length} of {page.total}
        </p>
      ) : null}
      {page.previousCursor ? (
        <>
          <Link href={href({})} className={PAGE_LINK}>
            First page
          </Link>
          <Link href={href({ before: page.previousCursor })} className={PAGE_LINK} rel="prev">
            Previous page
          </Link>
        </>
      ) : null}
      {page.nextCursor ? (
        <Link href={href({ after: page.nextCursor })} className={PAGE_LINK} rel="next">
          Next page
        </Link>
      ) : null}
    </nav>
  );
}
