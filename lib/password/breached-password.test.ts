import { createServer } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startPwnedPasswordsStandin, type PwnedPasswordsStandin } from "@/test-support/pwned-passwords-standin";
import { breachCount, checkBreachedPassword, pwnedRangeQuery } from "./breached-password";

describe("pwnedRangeQuery", () => {
  it("splits the upper-case SHA-1 into the 5-character prefix it sends and the suffix it keeps", () => {
    // SHA-1("password") = 5BAA61E4C9B93F3F0682250B6CF8331B7EE68FD8
    expect(pwnedRangeQuery("password")).toEqual({ prefix: "5BAA6", suffix: "1E4C9B93F3F0682250B6CF8331B7EE68FD8" });
  });

  it("hashes the password as it is stored (NFKC), so every spelling that signs in is checked", () => {
    expect(pwnedRangeQuery("ｐａｓｓｗｏｒｄ")).toEqual(pwnedRangeQuery("password"));
  });
});

describe("breachCount", () => {
  const body = "0018A45C4D1DEF81644B54AB7F969B88D65:1\r\n1E4C9B93F3F0682250B6CF8331B7EE68FD8:10434004\r\n1E4C9B93F3F0682250B6CF8331B7EE68FD9:0";

  it("finds the suffix's count in CRLF-separated SUFFIX:COUNT lines", () => {
    expect(breachCount(body, "1E4C9B93F3F0682250B6CF8331B7EE68FD8")).toBe(10_434_004);
  });

  it("reads a padding line (count 0) and an absent suffix as not breached", () => {
    expect(breachCount(body, "1E4C9B93F3F0682250B6CF8331B7EE68FD9")).toBe(0);
    expect(breachCount(body, "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF")).toBe(0);
  });
});

describe("checkBreachedPassword against a stand-in of the range API", () => {
  let standin: PwnedPasswordsStandin;

  beforeAll(async () => {
    standin = await startPwnedPasswordsStandin({ breached: { "correct horse battery staple": 372 }, stallOn: ["a service that never answers"] });
  });
  afterAll(() => standin.close());

  it("refuses a breached password, sending only the hash prefix, with padding asked for", async () => {
    const before = standin.requests.length;
    expect(await checkBreachedPassword({ password: "correct horse battery staple", apiUrl: standin.url })).toBe("breached");
    const { prefix, suffix } = pwnedRangeQuery("correct horse battery staple");
    expect(standin.requests.slice(before)).toEqual([{ path: `/range/${prefix}`, padding: true }]);
    expect(JSON.stringify(standin.requests)).not.toContain(suffix);
  });

  it("accepts a password the service does not know", async () => {
    expect(await checkBreachedPassword({ password: "granite otter lantern harbour", apiUrl: standin.url })).toBe("not-found");
  });

  it("gives up after the timeout when the service does not answer (the caller then accepts)", async () => {
    const started = Date.now();
    expect(await checkBreachedPassword({ password: "a service that never answers", apiUrl: standin.url, timeoutMs: 300 })).toBe("unavailable");
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it("is unavailable when nothing listens at the address", async () => {
    const closed = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, "127.0.0.1", () => {
        const { port } = probe.address() as { port: number };
        probe.close(() => resolve(port));
      });
    });
    expect(await checkBreachedPassword({ password: "correct horse battery staple", apiUrl: `http://127.0.0.1:${closed}` })).toBe("unavailable");
  });

  it("is unavailable when the service answers with an error", async () => {
    expect(await checkBreachedPassword({ password: "correct horse battery staple", apiUrl: `${standin.url}/no-such-api` })).toBe("unavailable");
  });
});
