// The generated OpenAPI document is valid OpenAPI 3.1 (a real validator), and it describes what
// the handlers accept because it is made from the same schemas.
import { compileErrors, validate } from "@readme/openapi-parser";
import { describe, expect, it } from "vitest";
import { tokenRequestSchema } from "@/lib/validation/tokens";
import { openApiDocument } from "./openapi";

describe("OpenAPI document", () => {
  it("is valid OpenAPI 3.1", async () => {
    const result = await validate(structuredClone(openApiDocument("https://accounts.example.com")) as Parameters<typeof validate>[0]);
    expect(result.valid, result.valid ? "" : compileErrors(result)).toBe(true);
  });

  it("lists every /api/v1 operation", () => {
    const paths = openApiDocument("https://accounts.example.com").paths as Record<string, Record<string, unknown>>;
    const operations = Object.entries(paths).flatMap(([path, item]) => Object.keys(item).filter((key) => key !== "parameters").map((method) => `${method.toUpperCase()} ${path}`));
    expect(operations.sort()).toEqual([
      "GET /api/v1/admin/users",
      "GET /api/v1/admin/users/{id}",
      "GET /api/v1/me",
      "PATCH /api/v1/admin/users/{id}",
      "POST /api/v1/auth/introspect",
      "POST /api/v1/auth/refresh",
      "POST /api/v1/auth/revoke",
      "POST /api/v1/auth/second-factor",
      "POST /api/v1/auth/token",
    ]);
  });

  it("describes the token request with the schema the handler parses", () => {
    const paths = openApiDocument("https://accounts.example.com").paths;
    const body = paths["/api/v1/auth/token"].post.requestBody.content["application/json"].schema as { required: string[]; properties: Record<string, { maxLength?: number }> };
    expect(body.required.sort()).toEqual(Object.keys(tokenRequestSchema.shape).sort());
    expect(body.properties.password!.maxLength).toBe(4096);
  });
});
