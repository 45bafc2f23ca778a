import type { Metadata } from "next";
import type { Permission } from "@/lib/edge/roles";
import { gatedPageTitle } from "@/lib/auth/page-title";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { requirePermission } from "@/lib/auth/dal";
import { getPost } from "@/lib/posts/list-posts";
import { canEditPost } from "@/lib/posts/can-edit-post";
import { idSchema } from "@/lib/validation/sessions";
import { PageShell } from "@/components/layout/page-shell";
import { Card } from "@/components/ui/card";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { ConfirmLink, ConfirmStep } from "@/components/ui/confirm-step";
import { PostForm } from "@/components/posts/post-form";
import { PostBody } from "@/components/posts/post-body";
import { setPostStatusAction, updatePostAction } from "../actions";

const PERMISSION = "editor:access" satisfies Permission;

export const generateMetadata = (): Promise<Metadata> => gatedPageTitle(PERMISSION, "Edit post · Editor · Gatehouse");

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function EditPostPage({ params, searchParams }: Props) {
  const { id } = await params;
  const { user } = await requirePermission(PERMISSION, `/editor/posts/${encodeURIComponent(id)}`);
  if (!idSchema.safeParse(id).success) notFound();
  const post = await getPost(id);
  if (!post) notFound();
  if (!canEditPost(user, post)) forbidden();
  const query = await searchParams;
  const published = post.status === "published";
  const page = `/editor/posts/${encodeURIComponent(post.id)}`;
  return (
    <PageShell title={post.title} intro={<>Status: <span data-testid="post-status">{post.status}</span></>}>
      {query.saved ? <Notice tone="success" testId="post-notice">Saved.</Notice> : null}
      {query.published ? <Notice tone="success" testId="post-notice">Published.</Notice> : null}
      {query.unpublished ? <Notice tone="success" testId="post-notice">Unpublished “{post.title}”: readers no longer see it; only editors do.</Notice> : null}
      {published && query.confirm === "unpublish" ? (
        <ConfirmStep
          title={`Unpublish “${post.title}”?`}
          action={setPostStatusAction}
          fields={{ postId: post.id, publish: "false" }}
          confirmLabel="Unpublish"
          pendingLabel="Unpublishing…"
          cancelHref={page}
        >
          Readers stop seeing it at once, and links to it stop working for them. You can publish it again later.
        </ConfirmStep>
      ) : (
        <div className="flex flex-wrap items-center gap-3">
          {published ? (
            <ConfirmLink href={`${page}?confirm=unpublish`} variant="secondary">Unpublish…</ConfirmLink>
          ) : (
            <form action={setPostStatusAction}>
              <input type="hidden" name="postId" value={post.id} />
              <input type="hidden" name="publish" value="true" />
              <Button type="submit" variant="primary">Publish</Button>
            </form>
          )}
          {published ? <Link href={`/posts/${post.id}`} className="text-sm font-medium text-indigo-800 underline">View as a reader</Link> : null}
        </div>
      )}
      <Card title="Preview">
        <PostBody source={post.body} />
      </Card>
      <Card title="Edit">
        <PostForm action={updatePostAction} post={{ id: post.id, title: post.title, body: post.body }} submitLabel="Save" />
      </Card>
    </PageShell>
  );
}
