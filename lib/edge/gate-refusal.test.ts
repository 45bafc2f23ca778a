import { describe, expect, it } from "vitest";
import { isPageNavigation } from "./gate-refusal";

const request = (method: string, pathname: string, headers: Record<string, string> = {}) => ({ method, pathname, headers: new Headers(headers) });

describe("isPageNavigation", () => {
  it("is a browser loading a page", () => {
    expect(isPageNavigation(request("GET", "/admin"))).toBe(true);
    expect(isPageNavigation(request("HEAD", "/admin/users"))).toBe(true);
  });

  it("is not a React Server Components payload, however it is asked for", () => {
    expect(isPageNavigation(request("GET", "/admin", { rsc: "1" }))).toBe(false);
    expect(isPageNavigation(request("GET", "/admin", { "next-router-prefetch": "1" }))).toBe(false);
    expect(isPageNavigation(request("GET", "/admin.rsc"))).toBe(false);
    expect(isPageNavigation(request("GET", "/admin/users.RSC/"))).toBe(false);
  });

  it("is not a server action or any other write", () => {
    expect(isPageNavigation(request("POST", "/admin", { "next-action": "abc" }))).toBe(false);
    expect(isPageNavigation(request("POST", "/admin"))).toBe(false);
    expect(isPageNavigation(request("DELETE", "/admin"))).toBe(false);
  });
});
