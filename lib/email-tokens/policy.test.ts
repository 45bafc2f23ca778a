import { describe, expect, it } from "vitest";
import { judgeToken, type StoredToken } from "./policy";
import { EMAIL_TOKEN_PURPOSES, lifetimeOf } from "./purposes";

const issuedAt = new Date("2026-11-29T12:00:00Z");
const reset = EMAIL_TOKEN_PURPOSES.resetPassword.name;
const token = (overrides: Partial<StoredToken> = {}): StoredToken => ({
  purpose: reset,
  expiresAt: new Date(issuedAt.getTime() + lifetimeOf(reset)),
  usedAt: null,
  supersededAt: null,
  ...overrides,
});
const at = (minutes: number) => new Date(issuedAt.getTime() + minutes * 60_000);

describe("email token rules", () => {
  it("give reset links 30 minutes, verification links 24 hours and email changes 1 hour", () => {
    expect(lifetimeOf("reset_password")).toBe(30 * 60_000);
    expect(lifetimeOf("verify_email")).toBe(24 * 3600_000);
    expect(lifetimeOf("change_email")).toBe(3600_000);
  });

  it("accept a link until its expiry and refuse it from that moment on", () => {
    expect(judgeToken(token(), [reset], at(29.99))).toBe("valid");
    expect(judgeToken(token(), [reset], at(30))).toBe("expired");
    expect(judgeToken(token(), [reset], at(60 * 24))).toBe("expired");
  });

  it("refuse a used or replaced link, even before it expires", () => {
    expect(judgeToken(token({ usedAt: at(1) }), [reset], at(2))).toBe("used");
    expect(judgeToken(token({ supersededAt: at(1) }), [reset], at(2))).toBe("superseded");
  });

  it("refuse an unknown link and a link made for another purpose", () => {
    expect(judgeToken(null, [reset], at(1))).toBe("invalid");
    expect(judgeToken(token({ purpose: "verify_email" }), [reset], at(1))).toBe("invalid");
    expect(judgeToken(token({ purpose: "verify_email" }), ["verify_email", "change_email"], at(1))).toBe("valid");
  });
});
