import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requirePermission } from "@/lib/auth/dal";
import { getPost } from "@/lib/posts/list-posts";
import { idSchema } from "@/lib/validation/sessions";
import { PageShell } from "@/components/layout/page-shell";
import { Card } from "@/components/ui/card";
import { DateTime } from "@/components/ui/date-time";
import { PostBody } from "@/components/posts/post-body";

export const metadata: Metadata = { title: "Post · Gatehouse" };

export default async function PostPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requirePermission("account:read", `/posts/${encodeURIComponent(id)}`);
  if (!idSchema.safeParse(id).success) notFound();
  const post = await getPost(id);
  // Drafts do not exist for readers.
  if (!post || post.status !== "published") notFound();
  return (
    <PageShell title={post.title} intro={<>{post.author?.name ?? "Deleted account"} · <DateTime value={post.publishedAt} /></>}>
      <Card>
        <PostBody source={post.body} />
      </Card>
    </PageShell>
  );
}
