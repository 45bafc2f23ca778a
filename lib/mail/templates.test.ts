import { describe, expect, it } from "vitest";
import { escapeHtml } from "./layout";
import {
  confirmNewEmailMessage,
  emailAddressInUseMessage,
  emailChangedMessage,
  emailChangeRequestedMessage,
  passwordChangedMessage,
  passwordResetMessage,
  providerConnectedMessage,
  registrationAttemptMessage,
  verifyEmailMessage,
} from "./templates";

const HOSTILE_NAME = `<img src=x onerror="alert(1)">&co`;
const url = "https://accounts.example.com/reset-password?token=a&b=c";

const everyTemplate = [
  verifyEmailMessage({ to: "a@example.com", name: HOSTILE_NAME, url }),
  registrationAttemptMessage({ to: "a@example.com", name: HOSTILE_NAME, resetUrl: url }),
  passwordResetMessage({ to: "a@example.com", name: HOSTILE_NAME, url }),
  passwordChangedMessage({ to: "a@example.com", name: HOSTILE_NAME, via: "reset" }),
  passwordChangedMessage({ to: "a@example.com", name: HOSTILE_NAME, via: "settings" }),
  confirmNewEmailMessage({ to: "new@example.com", name: HOSTILE_NAME, url }),
  emailChangeRequestedMessage({ to: "a@example.com", name: HOSTILE_NAME, newEmail: "new@example.com" }),
  emailChangedMessage({ to: "a@example.com", name: HOSTILE_NAME, newEmail: "new@example.com" }),
  providerConnectedMessage({ to: "a@example.com", name: HOSTILE_NAME, provider: "GitHub" }),
];

describe("email templates", () => {
  it("escape user-supplied names in the HTML part and keep them readable in the text part", () => {
    for (const message of everyTemplate) {
      expect(message.html).not.toContain("<img");
      expect(message.html).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&amp;co");
      expect(message.text).toContain(HOSTILE_NAME);
    }
  });

  it("give every email a text and an HTML part, and a subject without user input", () => {
    for (const message of everyTemplate) {
      expect(message.text.length).toBeGreaterThan(0);
      expect(message.html).toMatch(/^<!doctype html>/);
      expect(message.subject).not.toContain("<");
      expect(message.subject).not.toMatch(/[\r\n]/);
    }
    expect(emailAddressInUseMessage({ to: "b@example.com" }).text).toContain("b@example.com");
  });

  it("put the link in both parts, escaped as an attribute in HTML", () => {
    const message = passwordResetMessage({ to: "a@example.com", name: "Ada", url });
    expect(message.text).toContain(url);
    expect(message.html).toContain(`href="${escapeHtml(url)}"`);
    expect(message.html).toContain("token=a&amp;b=c");
  });

  it("turn control characters in a name into spaces, so a name cannot add lines", () => {
    const message = verifyEmailMessage({ to: "a@example.com", name: "Ada\r\nBcc: x@evil.example", url });
    expect(message.text).toContain("Hi Ada Bcc: x@evil.example,");
  });

  it("greet without a name when there is none", () => {
    expect(verifyEmailMessage({ to: "a@example.com", name: null, url }).text).toMatch(/^Confirm your email address\n\nHi,\n/);
  });
});
