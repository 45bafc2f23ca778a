import type { Metadata } from "next";
import Link from "next/link";
import { requirePermission } from "@/lib/auth/dal";
import { PageShell } from "@/components/layout/page-shell";
import { Card } from "@/components/ui/card";

export const metadata: Metadata = { title: "Editor · Gatehouse" };

export default async function EditorPage() {
  const { user } = await requirePermission("editor:access", "/editor");
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
