import { describe, expect, it } from "vitest";
import { DEVICE_COOKIE_MAX_TOKENS, knownDeviceId, signDeviceToken, withDeviceToken } from "./device-token";

const SECRET = "a-secret-of-at-least-thirty-two-characters";

describe("device cookie tokens", () => {
  it("recognises a token signed for the same account", () => {
    expect(knownDeviceId(signDeviceToken("user-1", SECRET), "user-1", SECRET)).toMatch(/^[\w-]{22}$/);
  });

  it("does not count a token for another account, another secret, or a tampered one", () => {
    const token = signDeviceToken("user-1", SECRET);
    expect(knownDeviceId(token, "user-2", SECRET)).toBeNull();
    expect(knownDeviceId(token, "user-1", `${SECRET}x`)).toBeNull();
    const [user, device, signature] = token.split(".");
    const forgedUser = Buffer.from("user-2").toString("base64url");
    expect(knownDeviceId(`${forgedUser}.${device}.${signature}`, "user-2", SECRET)).toBeNull();
    expect(knownDeviceId(`${user}.${device}x.${signature}`, "user-1", SECRET)).toBeNull();
    expect(knownDeviceId("", "user-1", SECRET)).toBeNull();
    expect(knownDeviceId("garbage", "user-1", SECRET)).toBeNull();
  });

  it("keeps other accounts' tokens, replaces this account's, and holds at most a few", () => {
    let cookie = withDeviceToken(null, "user-1", SECRET);
    const first = knownDeviceId(cookie, "user-1", SECRET);
    cookie = withDeviceToken(cookie, "user-2", SECRET);
    expect(knownDeviceId(cookie, "user-1", SECRET)).toBe(first);
    cookie = withDeviceToken(cookie, "user-1", SECRET);
    expect(cookie.split("~")).toHaveLength(2);
    expect(knownDeviceId(cookie, "user-2", SECRET)).not.toBeNull();
    for (let index = 3; index <= 10; index++) cookie = withDeviceToken(cookie, `user-${index}`, SECRET);
    expect(cookie.split("~")).toHaveLength(DEVICE_COOKIE_MAX_TOKENS);
    expect(knownDeviceId(cookie, "user-10", SECRET)).not.toBeNull();
  });
});
