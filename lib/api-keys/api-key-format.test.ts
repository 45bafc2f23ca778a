import { describe, expect, it } from "vitest";
import { hashApiKey, isApiKeyShape, newApiKey } from "./api-key-format";

describe("API key format", () => {
  it("has a recognisable prefix, 190 random bits and a checksum that catches a typo", () => {
    const key = newApiKey();
    expect(key).toMatch(/^gk_[0-9A-Za-z]{38}$/);
    expect(isApiKeyShape(key)).toBe(true);
    const typo = key.slice(0, 10) + (key[10] === "a" ? "b" : "a") + key.slice(11);
    expect(isApiKeyShape(typo)).toBe(false);
    expect(newApiKey()).not.toBe(key);
  });

  it("is stored as a digest that does not contain the key", () => {
    const key = newApiKey();
    expect(hashApiKey(key)).not.toContain(key.slice(3, 15));
    expect(hashApiKey(key)).toBe(hashApiKey(key));
  });
});
