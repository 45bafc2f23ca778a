import type { Metadata } from "next";
import type { Permission } from "@/lib/edge/roles";
import { gatedPageTitle } from "@/lib/auth/page-title";
import Link from "next/link";
import { requirePermission } from "@/lib/auth/dal";
import { PageShell } from "@/components/layout/page-shell";
import { Card } from "@/components/ui/card";

const PERMISSION = "editor:access" satisfies Permission;

export const generateMetadata = (): Promise<Metadata> => gatedPageTitle(PERMISSION, "Editor · Gatehouse");

export default async function EditorPage() {
  const { user } = await requirePermission(PERMISSION, "/editor");
  return (
    <PageShell title="Editor area" intro="Only editors and admins can open this area.">
      <Card title="Posts">
        <p className="text-slate-700" data-testid="editor-area">
          Signed in as {user.email}.
        </p>
        <Link href="/editor/posts" className="mt-3 inline-block font-medium text-indigo-800 underline">Write and publish posts</Link>
      </Card>
    </PageShell>
  );
}
