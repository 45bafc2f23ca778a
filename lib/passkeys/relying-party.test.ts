import { describe, expect, it } from "vitest";
import { relyingPartyFor } from "./relying-party";

describe("the relying party, from AUTH_URL", () => {
  it("is the host as RP ID and the exact origin, port included", () => {
    expect(relyingPartyFor("https://accounts.example.com")).toEqual({ id: "accounts.example.com", origin: "https://accounts.example.com", name: "Gatehouse" });
    expect(relyingPartyFor("https://accounts.example.com:8443/")).toEqual({ id: "accounts.example.com", origin: "https://accounts.example.com:8443", name: "Gatehouse" });
    expect(relyingPartyFor("http://localhost:3000")).toEqual({ id: "localhost", origin: "http://localhost:3000", name: "Gatehouse" });
  });

  it("ignores a path and the case of the host", () => {
    expect(relyingPartyFor("  https://Accounts.Example.COM/gatehouse  ")).toEqual({ id: "accounts.example.com", origin: "https://accounts.example.com", name: "Gatehouse" });
  });

  it("drops the default port from the origin, as browsers do", () => {
    expect(relyingPartyFor("https://example.com:443")?.origin).toBe("https://example.com");
  });

  it("allows plain http only on localhost (a secure context)", () => {
    expect(relyingPartyFor("http://app.localhost:3000")?.id).toBe("app.localhost");
    expect(relyingPartyFor("http://accounts.example.com")).toBeNull();
  });

  it("is null for an IP address (never a valid RP ID) and for what is not an http(s) URL", () => {
    expect(relyingPartyFor("http://127.0.0.1:3000")).toBeNull();
    expect(relyingPartyFor("https://192.0.2.10")).toBeNull();
    expect(relyingPartyFor("https://[2001:db8::1]:8443")).toBeNull();
    expect(relyingPartyFor("ftp://example.com")).toBeNull();
    expect(relyingPartyFor("not a url")).toBeNull();
  });
});
