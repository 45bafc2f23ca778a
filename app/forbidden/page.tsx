import type { Metadata } from "next";
import { ForbiddenNotice } from "@/components/forbidden-notice";

export const metadata: Metadata = { title: "Forbidden · Gatehouse" };

// Where middleware.ts rewrites (with status 403) a signed-in user who lacks the role.
export default function ForbiddenPage() {
  return <ForbiddenNotice />;
}
