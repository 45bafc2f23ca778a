import { db } from "@/lib/db/client";
import { AUDIT_EVENTS } from "@/lib/audit/events";
import { recordAudit } from "@/lib/audit/record-audit";
import type { RequestContext } from "@/lib/http/request-context";
import { canEditPost } from "./can-edit-post";

export type SetPostStatusOptions = {
  actor: { id: string; roles: readonly string[] };
  postId: string;
  publish: boolean;
  context: RequestContext;
};

export type SetPostStatusResult = { ok: true } | { ok: false; reason: "not-found" | "forbidden" };

/** Publishes or unpublishes a post, with its audit event in the same transaction. */
export async function setPostStatus({ actor, postId, publish, context }: SetPostStatusOptions): Promise<SetPostStatusResult> {
  return db.$transaction(async (tx) => {
    const post = await tx.post.findUnique({ where: { id: postId }, select: { authorId: true, status: true, title: true } });
    if (!post) return { ok: false, reason: "not-found" } as const;
    if (!canEditPost(actor, post)) return { ok: false, reason: "forbidden" } as const;
    const status = publish ? "published" : "draft";
    if (post.status === status) return { ok: true } as const;
    await tx.post.update({ where: { id: postId }, data: { status, publishedAt: publish ? new Date() : null } });
    await recordAudit(tx, {
      type: publish ? AUDIT_EVENTS.postPublished : AUDIT_EVENTS.postUnpublished,
      actorId: actor.id,
      subjectId: post.authorId,
      ...context,
      details: { postId, title: post.title.slice(0, 200) },
    });
    return { ok: true } as const;
  });
}
