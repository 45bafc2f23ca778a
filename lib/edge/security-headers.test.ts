import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, createNonce, HSTS, STATIC_SECURITY_HEADERS, wantsHsts } from "./security-headers";

describe("security headers", () => {
  it("a nonce is 128 random bits, different every time", () => {
    const nonces = new Set(Array.from({ length: 100 }, createNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(Buffer.from(nonce, "base64")).toHaveLength(16);
  });

  it("the CSP carries the nonce and the required directives, and no eval outside next dev", () => {
    const csp = contentSecurityPolicy("abc123");
    expect(csp).toContain(
      "script-src 'self' 'nonce-abc123' 'strict-dynamic'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
    );
    expect(csp).not.toContain("unsafe-eval");
    expect(contentSecurityPolicy("abc123", { dev: true })).toContain("'unsafe-eval'");
  });

  it("HSTS only in production over https", () => {
    expect(wantsHsts({ NODE_ENV: "production", AUTH_URL: "https://a.example" })).toBe(true);
    expect(wantsHsts({ NODE_ENV: "production", AUTH_URL: "http://localhost:3000" })).toBe(false);
    expect(wantsHsts({ NODE_ENV: "development", AUTH_URL: "https://a.example" })).toBe(false);
    expect(HSTS).toBe("max-age=31536000; includeSubDomains");
  });

  it("the headers every response carries leave HSTS and the CSP to the places that decide them", () => {
    const headers = STATIC_SECURITY_HEADERS;
    expect(headers).toMatchObject({ "X-Content-Type-Options": "nosniff", "X-Frame-Options": "DENY" });
    expect(headers).not.toHaveProperty("Strict-Transport-Security");
    expect(headers).not.toHaveProperty("Content-Security-Policy");
  });
});
