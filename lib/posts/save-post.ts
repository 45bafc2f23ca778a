import { db } from "@/lib/db/client";
import { canEditPost } from "./can-edit-post";

export type SavePostOptions = {
  actor: { id: string; roles: readonly string[] };
  /** Absent for a new post. */
  postId?: string;
  fields: { title: string; body: string };
};

export type SavePostResult = { ok: true; postId: string } | { ok: false; reason: "not-found" | "forbidden" };

/** Creates a draft, or updates a post the actor may edit. */
export async function savePost({ actor, postId, fields }: SavePostOptions): Promise<SavePostResult> {
  if (!postId) {
    const post = await db.post.create({ data: { ...fields, authorId: actor.id }, select: { id: true } });
    return { ok: true, postId: post.id };
  }
  return db.$transaction(async (tx) => {
    const post = await tx.post.findUnique({ where: { id: postId }, select: { authorId: true } });
    if (!post) return { ok: false, reason: "not-found" } as const;
    if (!canEditPost(actor, post)) return { ok: false, reason: "forbidden" } as const;
    await tx.post.update({ where: { id: postId }, data: fields });
    return { ok: true, postId } as const;
  });
}
