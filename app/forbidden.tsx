import type { Metadata } from "next";
import { FORBIDDEN_TITLE } from "@/lib/auth/page-title";
import { ForbiddenNotice } from "@/components/forbidden-notice";

// The 403's server HTML takes its title from here; the refused page's own metadata (what the
// browser keeps after hydration) says the same through gatedPageTitle.
export const metadata: Metadata = { title: FORBIDDEN_TITLE };

// Rendered with status 403 when the data access layer calls forbidden().
export default function Forbidden() {
  return <ForbiddenNotice />;
}
