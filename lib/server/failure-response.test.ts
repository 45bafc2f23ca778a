import { describe, expect, it } from "vitest";
import { failureResponse, wantsHtml } from "./failure-response";

const requestId = "0f8f3c2e-6a55-4b43-9a43-6f1f0b1d2a9e";

describe("failureResponse", () => {
  it("answers a database outage with a 503 problem+json carrying the request id and Retry-After", () => {
    const response = failureResponse({ kind: "database-unavailable", requestId, wantsHtml: false });
    expect(response.status).toBe(503);
    expect(response.headers["Content-Type"]).toBe("application/problem+json");
    expect(response.headers["Retry-After"]).toBe("5");
    expect(JSON.parse(response.body)).toMatchObject({ status: 503, title: "Service unavailable", requestId });
  });

  it("gives browsers a page that says what happened and shows the request id", () => {
    const response = failureResponse({ kind: "database-unavailable", requestId, wantsHtml: true });
    expect(response.headers["Content-Type"]).toMatch(/^text\/html/);
    expect(response.body).toContain("503");
    expect(response.body).toContain(requestId);
    expect(response.body).not.toMatch(/<script/i);
  });

  it("keeps anything else a bare 500 with no internals", () => {
    const response = failureResponse({ kind: "internal", requestId, wantsHtml: false });
    expect(response.status).toBe(500);
    expect(response.headers["Retry-After"]).toBeUndefined();
    expect(Object.keys(JSON.parse(response.body)).sort()).toEqual(["detail", "requestId", "status", "title", "type"]);
  });
});

describe("wantsHtml", () => {
  const page = { method: "GET", url: "/dashboard", headers: { accept: "text/html,application/xhtml+xml" } };
  it("is true for a browser navigating to a page", () => expect(wantsHtml(page)).toBe(true));
  it("is false for API routes, server actions, RSC fetches and POSTs", () => {
    expect(wantsHtml({ ...page, url: "/api/me" })).toBe(false);
    expect(wantsHtml({ ...page, headers: { ...page.headers, rsc: "1" } })).toBe(false);
    expect(wantsHtml({ ...page, method: "POST", headers: { ...page.headers, "next-action": "abc" } })).toBe(false);
    expect(wantsHtml({ ...page, headers: { accept: "*/*" } })).toBe(false);
  });
});
