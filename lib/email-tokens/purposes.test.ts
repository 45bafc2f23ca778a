import { describe, expect, it } from "vitest";
import { confirmNewEmailMessage, passwordResetMessage, verifyEmailMessage } from "@/lib/mail/templates";
import { EMAIL_TOKEN_PURPOSES, lifetimeInWords } from "./purposes";

describe("link lifetimes", () => {
  it("are printed from the purpose table, in the units a reader expects", () => {
    expect(lifetimeInWords("verifyEmail")).toBe("24 hours");
    expect(lifetimeInWords("resetPassword")).toBe("30 minutes");
    expect(lifetimeInWords("changeEmail")).toBe("1 hour");
  });

  it("are what each email says about its link", () => {
    const url = "https://accounts.example.com/x";
    const sent = [
      [verifyEmailMessage({ to: "a@example.com", url }), "verifyEmail"],
      [passwordResetMessage({ to: "a@example.com", name: null, url }), "resetPassword"],
      [confirmNewEmailMessage({ to: "a@example.com", url }), "changeEmail"],
    ] as const;
    for (const [message, purpose] of sent) {
      expect(message.text).toContain(`expires in ${lifetimeInWords(purpose)}`);
    }
    expect(Object.keys(EMAIL_TOKEN_PURPOSES).sort()).toEqual(["changeEmail", "resetPassword", "verifyEmail"]);
  });
});
