import { describe, expect, it } from "vitest";
import { judgeSession, lastSeenIsDue, lifetimeFor } from "./policy";

const now = new Date("2026-01-01T12:00:00Z");
const minutesAgo = (minutes: number) => new Date(now.getTime() - minutes * 60_000);
const base = {
  expires: new Date(now.getTime() + 3_600_000),
  idleSeconds: 7200,
  lastSeenAt: minutesAgo(5),
  revokedAt: null,
  user: { isActive: true, sessionVersion: 2 },
};

describe("judgeSession", () => {
  it("accepts a live session", () => {
    expect(judgeSession(base, 2, now)).toBe("active");
  });
  it("rejects a revoked session", () => {
    expect(judgeSession({ ...base, revokedAt: minutesAgo(1) }, 2, now)).toBe("revoked");
  });
  it("rejects a deactivated user", () => {
    expect(judgeSession({ ...base, user: { isActive: false, sessionVersion: 2 } }, 2, now)).toBe("inactive-user");
  });
  it("rejects a token from before the user's session version changed", () => {
    expect(judgeSession(base, 1, now)).toBe("stale-version");
  });
  it("rejects a session past its absolute lifetime", () => {
    expect(judgeSession({ ...base, expires: now }, 2, now)).toBe("expired");
  });
  it("rejects a session idle for longer than its idle window", () => {
    expect(judgeSession({ ...base, lastSeenAt: minutesAgo(120) }, 2, now)).toBe("idle");
    expect(judgeSession({ ...base, lastSeenAt: minutesAgo(119) }, 2, now)).toBe("active");
  });
});

describe("session lifetimes", () => {
  const lifetimes = { maxAgeSeconds: 43200, idleSeconds: 7200, rememberMaxAgeSeconds: 2592000, rememberIdleSeconds: 604800 };
  it("uses the short lifetime without remember me and the long one with it", () => {
    expect(lifetimeFor(false, lifetimes)).toEqual({ maxAgeSeconds: 43200, idleSeconds: 7200 });
    expect(lifetimeFor(true, lifetimes)).toEqual({ maxAgeSeconds: 2592000, idleSeconds: 604800 });
  });
});

describe("lastSeenIsDue", () => {
  it("is due at most once a minute", () => {
    expect(lastSeenIsDue(new Date(now.getTime() - 59_000), now)).toBe(false);
    expect(lastSeenIsDue(new Date(now.getTime() - 60_000), now)).toBe(true);
  });
});
