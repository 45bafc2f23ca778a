import { describe, expect, it } from "vitest";
import { redactSecrets } from "./auth-logger";

describe("redactSecrets", () => {
  it("removes query values and token-like strings", () => {
    const line = redactSecrets("GET /callback?code=abc123&state=xyz failed with gho_16C7e42F292c6912E7710c838347Ae178B4a");
    expect(line).not.toContain("abc123");
    expect(line).not.toContain("xyz");
    expect(line).not.toContain("gho_16C7e42F292c6912E7710c838347Ae178B4a");
    expect(line).toContain("failed with");
  });

  it("keeps ordinary messages readable", () => {
    expect(redactSecrets('unexpected "state" response parameter value')).toBe('unexpected "state" response parameter value');
  });
});
