import { describe, expect, it } from "vitest";
import { judgeSignCount } from "./sign-count";

const deviceBound = (counter: number) => ({ counter, deviceType: "singleDevice", backedUp: false });
const synced = (counter: number, backedUp = true) => ({ counter, deviceType: "multiDevice", backedUp });

describe("the signature counter rule", () => {
  it("accepts a count that goes up, for every kind of passkey, and keeps it", () => {
    expect(judgeSignCount(deviceBound(4), 5)).toEqual({ ok: true, counter: 5 });
    expect(judgeSignCount(deviceBound(0), 1)).toEqual({ ok: true, counter: 1 });
    expect(judgeSignCount(synced(4), 90)).toEqual({ ok: true, counter: 90 });
    expect(judgeSignCount(deviceBound(2 ** 32 - 2), 2 ** 32 - 1)).toEqual({ ok: true, counter: 2 ** 32 - 1 });
  });

  it("accepts 0 from an authenticator that never counts", () => {
    expect(judgeSignCount(deviceBound(0), 0)).toEqual({ ok: true, counter: 0 });
    expect(judgeSignCount(synced(0), 0)).toEqual({ ok: true, counter: 0 });
  });

  it("refuses a device-bound passkey whose count stays or falls: a copy of its key exists", () => {
    expect(judgeSignCount(deviceBound(5), 5)).toEqual({ ok: false, reason: "counter-regression" });
    expect(judgeSignCount(deviceBound(5), 3)).toEqual({ ok: false, reason: "counter-regression" });
    expect(judgeSignCount(deviceBound(5), 0)).toEqual({ ok: false, reason: "counter-regression" });
  });

  it("accepts a synced passkey's zero or non-increasing count, and keeps the highest seen", () => {
    expect(judgeSignCount(synced(5), 0)).toEqual({ ok: true, counter: 5 });
    expect(judgeSignCount(synced(5), 5)).toEqual({ ok: true, counter: 5 });
    expect(judgeSignCount(synced(5), 2)).toEqual({ ok: true, counter: 5 });
    // Backup-eligible but not (yet) backed up is still a passkey that may be synced.
    expect(judgeSignCount(synced(5, false), 2)).toEqual({ ok: true, counter: 5 });
    // Backed up, whatever the registration said.
    expect(judgeSignCount({ counter: 5, deviceType: "singleDevice", backedUp: true }, 0)).toEqual({ ok: true, counter: 5 });
  });
});
