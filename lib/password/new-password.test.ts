import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startPwnedPasswordsStandin, type PwnedPasswordsStandin } from "@/test-support/pwned-passwords-standin";
import { closePasswordPool } from "./hash";
import { newPasswordProblem } from "./new-password";

// The breach check asks a stand-in of the range API; settings are read on first use, after this.
let standin: PwnedPasswordsStandin;
beforeAll(async () => {
  standin = await startPwnedPasswordsStandin({ breached: { "granite otter lantern breached": 12 } });
  process.env.PASSWORD_BREACH_CHECK = "true";
  process.env.PASSWORD_BREACH_API_URL = standin.url;
});
afterAll(async () => {
  await closePasswordPool();
  await standin.close();
});

const anyone = { userInputs: [] };

describe("newPasswordProblem: strength by zxcvbn, in the worker pool", () => {
  // Issue 15: all of these passed the length rule and the common-password list.
  it.each(["password1234", "aaaaaaaaaaaa", "123456789012", "qwertyqwerty", "passwordpassword"])("refuses %s with a reason and a suggestion", async (password) => {
    const problem = await newPasswordProblem({ password, ...anyone });
    expect(problem).toMatch(/(common|Repeated|easy to guess).*\. .+\.$/);
  });

  it("says what is wrong with a repeated pattern, and what to do", async () => {
    expect(await newPasswordProblem({ password: "qwertyqwerty", ...anyone })).toBe(
      'Repeated character patterns like "abcabcabc" are easy to guess. Avoid repeated words and characters.',
    );
  });

  it("accepts a passphrase", async () => {
    expect(await newPasswordProblem({ password: "granite otter lantern harbour", ...anyone })).toBeNull();
  });

  it("counts the person's own email and name against the password", async () => {
    const password = "wilhelminaokafor";
    expect(await newPasswordProblem({ password, ...anyone })).toBeNull();
    expect(await newPasswordProblem({ password, userInputs: ["wilhelmina.okafor@example.com", "Wilhelmina Okafor"] })).toBe(
      "There should not be any personal or page related data. Add more words that are less common.",
    );
  });

  it("keeps the length rule and the common-password list first", async () => {
    expect(await newPasswordProblem({ password: "short", ...anyone })).toBe("Password must be at least 12 characters");
    expect(await newPasswordProblem({ password: "qwerty123456", ...anyone })).toMatch(/most commonly used/);
  });
});

describe("newPasswordProblem: the breached-password check", () => {
  it("refuses a password the range API reports, after the other rules passed", async () => {
    expect(await newPasswordProblem({ password: "granite otter lantern breached", ...anyone })).toMatch(/data breach/i);
  });

  it("skips the check for a password the server generated from random bytes, and asks nothing", async () => {
    const asked = standin.requests.length;
    expect(await newPasswordProblem({ password: "granite otter lantern breached", ...anyone, checkBreaches: false })).toBeNull();
    expect(standin.requests.length).toBe(asked);
  });
});
