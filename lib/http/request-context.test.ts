import { describe, expect, it } from "vitest";
import { clientIp } from "./request-context";
import { PEER_ADDRESS_HEADER } from "./peer-address-header";

const headers = (values: Record<string, string>) => new Headers(values);
const SPOOFS = {
  "x-forwarded-for": "203.0.113.7",
  "x-real-ip": "203.0.113.8",
  "true-client-ip": "203.0.113.9",
  "cf-connecting-ip": "203.0.113.10",
};

describe("clientIp", () => {
  it("with no trusted proxy, is the socket address whatever the client writes in headers", () => {
    const direct = { trustedProxyHops: 0, header: null };
    expect(clientIp(headers({ ...SPOOFS, [PEER_ADDRESS_HEADER]: "::ffff:192.0.2.1" }), direct)).toBe("192.0.2.1");
    expect(clientIp(headers(SPOOFS), direct)).toBeNull();
  });

  it("with N trusted proxies, is the N-th X-Forwarded-For entry from the right", () => {
    const spoofedChain = "203.0.113.7, 198.51.100.2, 10.0.0.5";
    expect(clientIp(headers({ "x-forwarded-for": spoofedChain }), { trustedProxyHops: 1, header: null })).toBe("10.0.0.5");
    expect(clientIp(headers({ "x-forwarded-for": spoofedChain }), { trustedProxyHops: 2, header: null })).toBe("198.51.100.2");
    expect(
      clientIp(headers({ "x-forwarded-for": "10.0.0.5", [PEER_ADDRESS_HEADER]: "192.0.2.1" }), { trustedProxyHops: 2, header: null }),
    ).toBe("192.0.2.1");
  });

  it("with a platform header, reads only that header", () => {
    const cloudflare = { trustedProxyHops: 0, header: "cf-connecting-ip" };
    expect(clientIp(headers(SPOOFS), cloudflare)).toBe("203.0.113.10");
    expect(clientIp(headers({ "x-forwarded-for": "1.2.3.4", [PEER_ADDRESS_HEADER]: "192.0.2.1" }), cloudflare)).toBe("192.0.2.1");
  });

  // Issue 12, item 4: an address that cannot be read must never switch the per-IP limits off.
  describe("when the configured source has no usable address", () => {
    it("falls back to the socket address: a missing or oversized header, too few proxy hops", () => {
      const peer = { [PEER_ADDRESS_HEADER]: "192.0.2.1" };
      const cloudflare = { trustedProxyHops: 0, header: "cf-connecting-ip" };
      expect(clientIp(headers(peer), cloudflare)).toBe("192.0.2.1");
      expect(clientIp(headers({ ...peer, "cf-connecting-ip": "f".repeat(65) }), cloudflare)).toBe("192.0.2.1");
      expect(clientIp(headers({ ...peer, "x-forwarded-for": "a".repeat(65) }), { trustedProxyHops: 1, header: null })).toBe("192.0.2.1");
    });
  });
});
