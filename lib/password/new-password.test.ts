import { afterAll, describe, expect, it } from "vitest";
import { closePasswordPool } from "./hash";
import { newPasswordProblem } from "./new-password";

afterAll(closePasswordPool);

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
