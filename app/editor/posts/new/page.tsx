import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth/dal";
import { PageShell } from "@/components/layout/page-shell";
import { Card } from "@/components/ui/card";
import { PostForm } from "@/components/posts/post-form";
import { createPostAction } from "../actions";

export const metadata: Metadata = { title: "New post · Editor · Gatehouse" };

export default async function NewPostPage() {
  await requirePermission("editor:access", "/editor/posts/new");
  return (
    <PageShell title="New post" intro="Saved as a draft; preview it, then publish.">
      <Card>
        <PostForm action={createPostAction} submitLabel="Save draft" />
      </Card>
    </PageShell>
  );
}
