import { describe, expect, it } from "vitest";
import { describeDuration, parseDuration } from "./duration";

describe("durations", () => {
  it("parses units and bare seconds", () => {
    expect(parseDuration("90s")).toBe(90);
    expect(parseDuration("15m")).toBe(900);
    expect(parseDuration("12h")).toBe(43200);
    expect(parseDuration("30d")).toBe(2592000);
    expect(parseDuration("45")).toBe(45);
    expect(() => parseDuration("1w")).toThrow(/not a duration/);
  });

  it("describes whole units for people", () => {
    expect(describeDuration(2592000)).toBe("30 days");
    expect(describeDuration(86400)).toBe("1 day");
    expect(describeDuration(43200)).toBe("12 hours");
    expect(describeDuration(5400)).toBe("90 minutes");
    expect(describeDuration(61)).toBe("61 seconds");
  });
});
