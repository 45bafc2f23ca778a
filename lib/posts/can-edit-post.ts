import { hasPermission } from "@/lib/edge/roles";

/** Editors edit their own posts; whoever holds posts:edit-any (admins) edits any. */
export function canEditPost(actor: { id: string; roles: readonly string[] }, post: { authorId: string | null }): boolean {
  if (hasPermission(actor.roles, "posts:edit-any")) return true;
  return hasPermission(actor.roles, "editor:access") && post.authorId === actor.id;
}
