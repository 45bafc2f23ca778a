import { afterAll, describe, expect, it } from "vitest";
import { settings } from "@/lib/config/settings";
import { closePasswordPool, hashPassword, verifyPassword } from "./hash";

// Cost 10 is the lowest the app allows; it keeps the suite quick without changing the behaviour.
const COST = 10;

afterAll(closePasswordPool);

describe("password hashing", () => {
  it("verifies the right password and refuses a wrong one", async () => {
    const hash = await hashPassword("granite otter lantern", COST);
    expect(hash).toMatch(/^\$2[aby]\$10\$/);
    expect(await verifyPassword("granite otter lantern", hash)).toBe(true);
    expect(await verifyPassword("granite otter lanterN", hash)).toBe(false);
  });

  it("does not truncate at bcrypt's 72 bytes: two passwords equal in their first 72 bytes differ", async () => {
    const prefix = "x".repeat(72);
    const hash = await hashPassword(`${prefix}-first`, COST);
    expect(await verifyPassword(`${prefix}-first`, hash)).toBe(true);
    expect(await verifyPassword(`${prefix}-second`, hash)).toBe(false);
    expect(await verifyPassword(prefix, hash)).toBe(false);
  });

  it("handles a long multibyte passphrase", async () => {
    const passphrase = "ключ-к-двери-дома-🔑-находится-под-ковриком-у-входа-семьдесят-два";
    const hash = await hashPassword(passphrase, COST);
    expect(await verifyPassword(passphrase, hash)).toBe(true);
    // Same first 72 bytes (36 Cyrillic letters), different ending.
    expect(await verifyPassword(passphrase.replace(/два$/, "три"), hash)).toBe(false);
  });

  it("treats canonically equivalent Unicode spellings as the same password", async () => {
    const composed = "café au lait, s'il vous plaît";
    const decomposed = composed.normalize("NFD");
    expect(decomposed).not.toBe(composed);
    const hash = await hashPassword(composed, COST);
    expect(await verifyPassword(decomposed, hash)).toBe(true);
  });

  it("treats compatibility spellings (full-width letters) as the same password, as NIST advises (NFKC)", async () => {
    const hash = await hashPassword("passphrase one two", COST);
    expect(await verifyPassword("ｐａｓｓｐｈｒａｓｅ ｏｎｅ ｔｗｏ", hash)).toBe(true);
  });

  it("uses the configured cost by default", async () => {
    const hash = await hashPassword("granite otter lantern");
    expect(Number(hash.split("$")[2])).toBe(settings().bcryptCost);
  });
});
