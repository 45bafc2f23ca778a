import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { schemaPathFor } from "@/lib/db/migrate/paths";
import { modelsDifference } from "./schema-models";

const sqlite = { label: "prisma/sqlite/schema.prisma", schema: readFileSync(schemaPathFor("sqlite"), "utf8") };
const postgres = { label: "prisma/postgres/schema.prisma", schema: readFileSync(schemaPathFor("postgres"), "utf8") };

describe("modelsDifference", () => {
  it("finds the committed schema files in agreement", () => {
    expect(modelsDifference(sqlite, postgres)).toBeNull();
  });

  it("ignores whitespace and the blocks above the marker", () => {
    const reformatted = postgres.schema.replace(/email\s+String\s+@unique/, "email String @unique\n\n");
    expect(reformatted).not.toBe(postgres.schema);
    expect(modelsDifference(sqlite, { ...postgres, schema: reformatted })).toBeNull();
  });

  it("names the first line where the models differ", () => {
    const changed = { ...postgres, schema: postgres.schema.replace("name        String     @id", "name        String     @id @default(\"x\")") };
    expect(modelsDifference(sqlite, changed)).toMatch(
      /differ .*\n {2}prisma\/sqlite\/schema.prisma: "name String @id"\n {2}prisma\/postgres\/schema.prisma: "name String @id @default\("x"\)"/,
    );
  });

  it("complains when a file has no marker line", () => {
    expect(modelsDifference(sqlite, { label: "other.prisma", schema: "model A {\n  id Int @id\n}\n" })).toMatch(
      /other.prisma has no "\/\/ ---- models" line/,
    );
  });
});
