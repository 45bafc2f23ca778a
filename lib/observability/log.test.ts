import { describe, expect, it } from "vitest";
import { logLine, logsAt } from "./log";

describe("logLine", () => {
  it("is one JSON object with time, level, message and the fields given", () => {
    const line = logLine("info", "request", { requestId: "r1", route: "/login", status: 200, durationMs: 12.5 }, new Date(0));
    expect(line).not.toContain("\n");
    expect(JSON.parse(line)).toEqual({
      time: "1970-01-01T00:00:00.000Z",
      level: "info",
      msg: "request",
      requestId: "r1",
      route: "/login",
      status: 200,
      durationMs: 12.5,
    });
  });

  it("never writes a password, token, cookie or secret, whatever a caller passes", () => {
    const line = logLine("error", "oops", {
      password: "hunter2hunter2",
      resetToken: "abc123",
      cookie: "authjs.session-token=xyz",
      AUTH_SECRET: "s3cret",
      authorization: "Bearer t",
    });
    for (const secret of ["hunter2hunter2", "abc123", "xyz", "s3cret", "Bearer t"]) expect(line).not.toContain(secret);
  });
});

describe("logsAt", () => {
  it("writes info and above by default, and only what LOG_LEVEL allows when it is set", () => {
    expect(logsAt("info", {} as NodeJS.ProcessEnv)).toBe(true);
    expect(logsAt("debug", {} as NodeJS.ProcessEnv)).toBe(false);
    expect(logsAt("info", { LOG_LEVEL: "warn" } as unknown as NodeJS.ProcessEnv)).toBe(false);
    expect(logsAt("error", { LOG_LEVEL: "warn" } as unknown as NodeJS.ProcessEnv)).toBe(true);
  });
});
