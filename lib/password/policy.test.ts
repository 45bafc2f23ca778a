import { describe, expect, it } from "vitest";
import { isCommonPassword } from "./common-passwords";
import { PASSWORD_MAX_BYTES, passwordLength, passwordProblem } from "./policy";

const policy = { minLength: 12 };

describe("password policy", () => {
  it("refuses passwords shorter than the minimum with the minimum in the message", () => {
    expect(passwordProblem("short pass", policy)).toBe("Password must be at least 12 characters");
    expect(passwordProblem("twelve chars", policy)).toBeNull();
  });

  it("has no composition rules: lower-case letters only are fine when long enough", () => {
    expect(passwordProblem("correcthorsebatterystaple", policy)).toBeNull();
  });

  it("accepts a 64-character multibyte passphrase", () => {
    const passphrase = "ключ-к-двери-дома-🔑-находится-под-ковриком-у-входа-семьдесят-два";
    expect(passwordLength(passphrase)).toBeGreaterThanOrEqual(64);
    expect(new TextEncoder().encode(passphrase).length).toBeGreaterThan(72);
    expect(passwordProblem(passphrase, policy)).toBeNull();
  });

  it("accepts at least 128 characters of 4-byte characters", () => {
    expect(passwordProblem("🔑".repeat(128), policy)).toBeNull();
  });

  it("does not let a compatibility character that NFKC expands pass the minimum", () => {
    // U+FDFA is one character that NFKC turns into 18.
    expect(passwordProblem("\uFDFA", policy)).toBe("Password must be at least 12 characters");
    expect(passwordProblem("ﬀﬀﬀﬀﬀﬀ", policy)).toBe("Password must be at least 12 characters");
  });

  it("counts characters, not UTF-16 units", () => {
    expect(passwordLength("🔑🔑🔑")).toBe(3);
    expect(passwordProblem("🔑".repeat(11), policy)).toBe("Password must be at least 12 characters");
  });

  it("rejects input over 1 KB by bytes", () => {
    expect(passwordProblem("a".repeat(PASSWORD_MAX_BYTES), policy)).toBeNull();
    expect(passwordProblem("a".repeat(PASSWORD_MAX_BYTES + 1), policy)).toBe("Password must be at most 1024 bytes");
    expect(passwordProblem("é".repeat(513), policy)).toBe("Password must be at most 1024 bytes");
  });

  it("refuses a password made only of spaces", () => {
    expect(passwordProblem(" ".repeat(20), policy)).toBe("Password cannot be only spaces");
  });
});

describe("common passwords", () => {
  it("refuses the most common passwords, whatever their case", () => {
    expect(isCommonPassword("password")).toBe(true);
    expect(isCommonPassword("qwertyuiop")).toBe(true);
    expect(isCommonPassword("PASSWORD1")).toBe(true);
    expect(isCommonPassword("1234567890")).toBe(true);
  });

  it("accepts a passphrase that is not on the list", () => {
    expect(isCommonPassword("granite-otter-lantern-9")).toBe(false);
  });
});
