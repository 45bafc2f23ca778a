import type { Metadata } from "next";
import type { Permission } from "@/lib/edge/roles";
import { gatedPageTitle } from "@/lib/auth/page-title";
import Link from "next/link";
import { requirePermission } from "@/lib/auth/dal";
import { listEditablePosts } from "@/lib/posts/list-posts";
import { PageShell } from "@/components/layout/page-shell";
import { Card } from "@/components/ui/card";
import { DateTime } from "@/components/ui/date-time";

const PERMISSION = "editor:access" satisfies Permission;

export const generateMetadata = (): Promise<Metadata> => gatedPageTitle(PERMISSION, "Posts · Editor · Gatehouse");

export default async function EditorPostsPage() {
  const { user } = await requirePermission(PERMISSION, "/editor/posts");
  const posts = await listEditablePosts(user);
  return (
    <PageShell title="Posts" intro="Write in Markdown, preview, then publish for every signed-in reader.">
      <Link href="/editor/posts/new" className="inline-block rounded-md bg-indigo-700 px-4 py-2 text-sm font-semibold text-white hover:bg-indigo-800">New post</Link>
      <Card>
        <table className="w-full text-left text-sm" data-testid="editor-posts">
          <thead>
            <tr className="border-b border-slate-200 text-slate-600">
              <th scope="col" className="py-2 pr-3 font-medium">Title</th>
              <th scope="col" className="py-2 pr-3 font-medium">Status</th>
              <th scope="col" className="py-2 pr-3 font-medium">Author</th>
              <th scope="col" className="py-2 font-medium">Updated</th>
            </tr>
          </thead>
          <tbody>
            {posts.map((post) => (
              <tr key={post.id} className="border-b border-slate-100 last:border-0">
                <td className="py-2 pr-3"><Link href={`/editor/posts/${post.id}`} className="font-medium text-indigo-800 hover:underline">{post.title}</Link></td>
                <td className="py-2 pr-3">{post.status}</td>
                <td className="py-2 pr-3">{post.author?.name ?? post.author?.email ?? "Deleted account"}</td>
                <td className="py-2"><DateTime value={post.updatedAt} /></td>
              </tr>
            ))}
          </tbody>
        </table>
        {posts.length === 0 ? <p className="py-4 text-slate-600">No posts yet.</p> : null}
      </Card>
    </PageShell>
  );
}
