import type { Metadata } from "next";
import Link from "next/link";
import { requirePermission } from "@/lib/auth/dal";
import { listPublishedPosts } from "@/lib/posts/list-posts";
import { PageShell } from "@/components/layout/page-shell";
import { Card } from "@/components/ui/card";
import { DateTime } from "@/components/ui/date-time";

export const metadata: Metadata = { title: "Posts · Gatehouse" };

export default async function PostsPage() {
  await requirePermission("account:read", "/posts");
  const posts = await listPublishedPosts();
  return (
    <PageShell title="Posts">
      <Card>
        <ul className="divide-y divide-slate-100" data-testid="published-posts">
          {posts.map((post) => (
            <li key={post.id} className="py-3">
              <Link href={`/posts/${post.id}`} className="font-medium text-indigo-800 hover:underline">{post.title}</Link>
              <p className="text-sm text-slate-600">
                {post.author?.name ?? "Deleted account"} · <DateTime value={post.publishedAt} />
              </p>
            </li>
          ))}
        </ul>
        {posts.length === 0 ? <p className="text-slate-600">Nothing published yet.</p> : null}
      </Card>
    </PageShell>
  );
}
