import { describe, expect, it } from "vitest";
import { migrationFolderName, migrationSlug } from "./migrations-dir";

describe("migration names", () => {
  it.each([
    ["init", "init"],
    ["seedRoles", "seed_roles"],
    ["Add user nickname!", "add_user_nickname"],
    ["  --drop-legacy--  ", "drop_legacy"],
  ])("slugs %j as prisma migrate dev does: %s", (name, slug) => {
    expect(migrationSlug(name)).toBe(slug);
  });

  it("refuses a name without letters or digits", () => {
    expect(() => migrationSlug("!!")).toThrow(/at least one letter or digit/);
  });

  it("prefixes the UTC timestamp", () => {
    expect(migrationFolderName("init", new Date("2026-03-04T05:06:07.890Z"))).toBe("20260304050607_init");
  });
});
