import { describe, expect, it } from "vitest";
import { renderEmail, withColorScheme } from "./layout";

const DARK_QUERY = "@media (prefers-color-scheme: dark)";
const content = {
  to: "a@example.com",
  subject: "Reset your password",
  heading: "Reset your password",
  // A name can carry anything; the preview must never rewrite what a user typed.
  paragraphs: ["Hi light dark @media (prefers-color-scheme: dark),"],
  action: { label: "Choose a new password", url: "https://accounts.example.com/reset-password?token=a" },
  notes: ["The link works once."],
};

describe("the email layout's colour schemes", () => {
  const { html, text } = renderEmail(content);

  it("declares light and dark, keeps light inline as the default, and darkens body, card, notes and button in dark", () => {
    expect(html).toContain('<meta name="color-scheme" content="light dark">');
    expect(html).toContain('<meta name="supported-color-schemes" content="light dark">');
    expect(html).toMatch(/<body class="gh-body" style="[^"]*background:#f8fafc/);
    const dark = html.slice(html.indexOf(DARK_QUERY), html.indexOf("</style>"));
    for (const part of [".gh-body{background:#020617", ".gh-card{background:#0f172a", ".gh-muted{color:", ".gh-button{background:#93c5fd"]) expect(dark).toContain(part);
    expect(html).toContain('<a class="gh-button" href=');
  });

  it("leaves the plain-text part as it was", () => {
    expect(text).toBe(
      [
        "Reset your password",
        "",
        "Hi light dark @media (prefers-color-scheme: dark),",
        "",
        "Choose a new password: https://accounts.example.com/reset-password?token=a",
        "",
        "The link works once.",
        "",
        "— Gatehouse",
      ].join("\n"),
    );
  });

  it("fixes a scheme for a preview in the head only, and keeps the device's scheme for System", () => {
    expect(withColorScheme(html, "system")).toBe(html);

    const dark = withColorScheme(html, "dark");
    expect(dark).toContain('<meta name="color-scheme" content="dark">');
    expect(dark).toContain("@media all{.gh-body{background:#020617");
    const light = withColorScheme(html, "light");
    expect(light).toContain('<meta name="color-scheme" content="light">');
    expect(light).toContain("@media not all{.gh-body");

    for (const fixed of [dark, light]) {
      expect(fixed).not.toContain(`<style>:root{color-scheme:light dark`);
      expect(fixed.slice(fixed.indexOf("</head>"))).toBe(html.slice(html.indexOf("</head>")));
    }
  });

  it("leaves the subject in the head alone", () => {
    const { html: titled } = renderEmail({ ...content, subject: "Switch light dark themes" });
    expect(withColorScheme(titled, "dark")).toContain("Switch light dark themes");
  });

  it("leaves HTML without a head as it was", () => {
    expect(withColorScheme("<p>old</p>", "dark")).toBe("<p>old</p>");
  });
});
