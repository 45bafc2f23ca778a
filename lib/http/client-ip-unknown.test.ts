import { describe, expect, it, vi } from "vitest";
import { clientIp } from "./request-context";
import { PEER_ADDRESS_HEADER } from "./peer-address-header";

// Issue 12, item 4. Its own file: the warning is once per process (module), and the cases in
// request-context.test.ts would use it up.
describe("clientIp without any address", () => {
  it("logs once that it cannot see client addresses, and answers null (one shared bucket for the limits)", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const direct = { trustedProxyHops: 0, header: null };
    expect(clientIp(new Headers({}), direct)).toBeNull();
    expect(clientIp(new Headers({ [PEER_ADDRESS_HEADER]: "x".repeat(65) }), direct)).toBeNull();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toMatch(/cannot see the client address.*share one rate-limit bucket/);
  });
});
