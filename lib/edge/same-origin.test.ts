import { describe, expect, it } from "vitest";
import { isCrossSite, refuseCrossSite } from "./same-origin";

const APP = "https://accounts.example.com";
const post = (headers: Record<string, string>) => ({ method: "POST", headers: new Headers({ host: "accounts.example.com", ...headers }) });

describe("isCrossSite", () => {
  it("accepts the app's own origin", () => {
    expect(isCrossSite(post({ origin: APP }), APP)).toBe(false);
    expect(isCrossSite(post({ "sec-fetch-site": "same-origin" }), APP)).toBe(false);
  });

  it("refuses another origin, Origin: null, and a browser's cross-site or same-site mark", () => {
    expect(isCrossSite(post({ origin: "https://evil.example" }), APP)).toBe(true);
    expect(isCrossSite(post({ origin: "null" }), APP)).toBe(true);
    expect(isCrossSite(post({ origin: "not a url" }), APP)).toBe(true);
    expect(isCrossSite(post({ "sec-fetch-site": "cross-site" }), APP)).toBe(true);
    expect(isCrossSite(post({ "sec-fetch-site": "same-site" }), APP)).toBe(true);
  });

  it("only for requests that change state", () => {
    expect(refuseCrossSite({ method: "GET", headers: new Headers({ origin: "null" }) })).toBeNull();
    expect(refuseCrossSite(post({ origin: "null" }))?.status).toBe(403);
  });
});
