import { describe, expect, it } from "vitest";
import { DEFAULT_AFTER_SIGN_IN, safeCallbackUrl } from "./callback-url";

describe("safeCallbackUrl", () => {
  it.each(["/dashboard", "/admin/users?page=2#top", "/editor", "/a/b/c"])("keeps the same-origin path %s", (path) => {
    expect(safeCallbackUrl(path)).toBe(path);
  });

  it.each([
    "//evil.example",
    "/\\evil.example",
    "\\\\evil.example",
    "https://evil.example/dashboard",
    "http:evil.example",
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "/ /evil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    "%2F%2Fevil.example",
    "evil.example",
    "",
    "/" + "a".repeat(3000),
  ])("refuses %s", (target) => {
    expect(safeCallbackUrl(target)).toBe(DEFAULT_AFTER_SIGN_IN);
  });

  it("refuses non-strings", () => {
    expect(safeCallbackUrl(undefined)).toBe(DEFAULT_AFTER_SIGN_IN);
    expect(safeCallbackUrl(["/admin"])).toBe(DEFAULT_AFTER_SIGN_IN);
  });

  it("normalises dot segments without leaving the origin", () => {
    expect(safeCallbackUrl("/../../admin")).toBe("/admin");
    expect(safeCallbackUrl("/./%2F%2Fevil.example")).toBe("/%2F%2Fevil.example");
  });
});
