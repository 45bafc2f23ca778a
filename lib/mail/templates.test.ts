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

// The two emails to addresses that have not proven themselves take no name at all (issue 12, item 3).
const unprovenAddressTemplates = [verifyEmailMessage({ to: "a@example.com", url }), confirmNewEmailMessage({ to: "new@example.com", url })];

const everyTemplate = [
  registrationAttemptMessage({ to: "a@example.com", name: HOSTILE_NAME, resetUrl: url }),
  passwordResetMessage({ to: "a@example.com", name: HOSTILE_NAME, url }),
  passwordChangedMessage({ to: "a@example.com", name: HOSTILE_NAME, via: "reset" }),
  passwordChangedMessage({ to: "a@example.com", name: HOSTILE_NAME, via: "settings" }),
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
    for (const message of [...everyTemplate, ...unprovenAddressTemplates]) {
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
    const message = passwordResetMessage({ to: "a@example.com", name: "Ada\r\nBcc: x@evil.example", url });
    expect(message.text).toContain("Hi Ada Bcc: x@evil.example,");
  });

  it("greet without a name when there is none", () => {
    expect(passwordResetMessage({ to: "a@example.com", name: null, url }).text).toMatch(/^Reset your password\n\nHi,\n/);
    for (const message of unprovenAddressTemplates) expect(message.text).toMatch(/\n\nHi,\n/);
  });
});
