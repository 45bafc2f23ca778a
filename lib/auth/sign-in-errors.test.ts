import { describe, expect, it } from "vitest";
import { signInErrorMessage } from "./sign-in-errors";

describe("signInErrorMessage", () => {
  it("tells a person with an unlinked account how to connect the provider", () => {
    expect(signInErrorMessage("AccountExists", "google")).toBe(
      "An account with this email already exists. Sign in with your password, then connect Google from Settings.",
    );
  });

  it("never echoes the code or provider from the URL", () => {
    const message = signInErrorMessage("<script>alert(1)</script>", "<img>");
    expect(message).not.toContain("script");
    expect(signInErrorMessage("NoVerifiedEmail", "<img>")).toContain("the provider");
  });

  it("says nothing without a code", () => {
    expect(signInErrorMessage(undefined, "google")).toBeNull();
  });
});
