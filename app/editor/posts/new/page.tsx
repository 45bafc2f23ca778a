import type { Metadata } from "next";
import type { Permission } from "@/lib/edge/roles";
import { gatedPageTitle } from "@/lib/auth/page-title";
import { requirePermission } from "@/lib/auth/dal";
import { PageShell } from "@/components/layout/page-shell";
import { Card } from "@/components/ui/card";
import { PostForm } from "@/components/posts/post-form";
import { createPostAction } from "../actions";

const PERMISSION = "editor:access" satisfies Permission;

export const generateMetadata = (): Promise<Metadata> => gatedPageTitle(PERMISSION, "New post · Editor · Gatehouse");

export default async function NewPostPage() {
  await requirePermission(PERMISSION, "/editor/posts/new");
  return (
    <PageShell title="New post" intro="Saved as a draft; preview it, then publish.">
      <Card>
        <PostForm action={createPostAction} submitLabel="Save draft" />
      </Card>
    </PageShell>
  );
}
