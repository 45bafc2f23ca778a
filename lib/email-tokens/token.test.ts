import { describe, expect, it } from "vitest";
import { createToken, hashToken, isWellFormedToken } from "./token";

describe("email tokens", () => {
  it("are 256 random bits in base64url, never the same twice", () => {
    const tokens = new Set(Array.from({ length: 1000 }, createToken));
    expect(tokens.size).toBe(1000);
    for (const token of tokens) {
      expect(Buffer.from(token, "base64url")).toHaveLength(32);
      expect(isWellFormedToken(token)).toBe(true);
    }
  });

  it("are stored as a SHA-256 that does not contain the token", () => {
    const token = createToken();
    const hash = hashToken(token);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).not.toContain(token);
    expect(hashToken(token)).toBe(hash);
    expect(hashToken(createToken())).not.toBe(hash);
  });

  it("refuse anything that is not the shape createToken makes", () => {
    const token = createToken();
    for (const bad of [undefined, null, 42, "", token.slice(1), `${token}A`, `${token.slice(0, -1)}=`, `${token.slice(0, -1)}/`, [token]]) {
      expect(isWellFormedToken(bad)).toBe(false);
    }
  });
});
