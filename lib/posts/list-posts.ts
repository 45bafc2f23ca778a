import { db } from "@/lib/db/client";
import { hasPermission } from "@/lib/edge/roles";

const SUMMARY = {
  id: true,
  title: true,
  status: true,
  publishedAt: true,
  createdAt: true,
  updatedAt: true,
  author: { select: { id: true, name: true, email: true } },
} as const;

/** The editor area's list: an editor's own posts, or every post for whoever may edit any. */
export async function listEditablePosts(actor: { id: string; roles: readonly string[] }) {
  return db.post.findMany({
    where: hasPermission(actor.roles, "posts:edit-any") ? {} : { authorId: actor.id },
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    take: 200,
    select: SUMMARY,
  });
}

export async function listPublishedPosts() {
  return db.post.findMany({
    where: { status: "published" },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: 100,
    select: SUMMARY,
  });
}

export async function getPost(postId: string) {
  return db.post.findUnique({ where: { id: postId }, select: { ...SUMMARY, body: true, authorId: true } });
}
