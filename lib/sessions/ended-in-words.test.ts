import { describe, expect, it } from "vitest";
import { countParam, endedInWords } from "./ended-in-words";

describe("endedInWords", () => {
  it("counts devices, and apps only when there were some", () => {
    expect(endedInWords({ sessions: 1 })).toBe("1 device");
    expect(endedInWords({ sessions: 3, tokenFamilies: 0 })).toBe("3 devices");
    expect(endedInWords({ sessions: 0, tokenFamilies: 1 })).toBe("0 devices and 1 app");
    expect(endedInWords({ sessions: 2, tokenFamilies: 2 })).toBe("2 devices and 2 apps");
  });
});

describe("countParam", () => {
  it("reads a whole number and nothing else", () => {
    expect(countParam("3")).toBe(3);
    expect(countParam(["2", "9"])).toBe(2);
    for (const bad of [undefined, "", "-1", "1.5", "1e400", "two"]) expect(countParam(bad)).toBe(0);
  });
});
