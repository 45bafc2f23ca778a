import { describe, expect, it } from "vitest";
import { canEditPost } from "./can-edit-post";

describe("canEditPost", () => {
  const post = { authorId: "editor_1" };
  it("lets an editor edit their own post only", () => {
    expect(canEditPost({ id: "editor_1", roles: ["user", "editor"] }, post)).toBe(true);
    expect(canEditPost({ id: "editor_2", roles: ["user", "editor"] }, post)).toBe(false);
  });
  it("lets an admin edit any post, authorless ones included", () => {
    expect(canEditPost({ id: "admin_1", roles: ["user", "admin"] }, post)).toBe(true);
    expect(canEditPost({ id: "admin_1", roles: ["admin"] }, { authorId: null })).toBe(true);
  });
  it("never lets a plain user edit, even their own id", () => {
    expect(canEditPost({ id: "editor_1", roles: ["user"] }, post)).toBe(false);
  });
});
