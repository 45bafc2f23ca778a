// What an attacker might present as an access token, and what must come of it: nothing.
import { createPrivateKey, createPublicKey, sign } from "node:crypto";
import { exportJWK, generateKeyPair, SignJWT, UnsecuredJWT } from "jose";
import { encode } from "next-auth/jwt";
import { beforeAll, describe, expect, it } from "vitest";
import { newSigningKeyJwk } from "@/scripts/lib/signing-key.mjs";
import { issueAccessToken, tokenIssuer, verifyAccessToken } from "./access-token";
import { readSigningKeyConfig } from "./signing-key-config";
import { importSigningKeys, type SigningKeys } from "./signing-keys";

const currentJwk = newSigningKeyJwk();
const publicHalf = ({ kty, crv, x, y, kid, alg, use }: typeof currentJwk) => ({ kty, crv, x, y, kid, alg, use });
const { issuer, audience } = tokenIssuer();
let keys: SigningKeys;

beforeAll(async () => {
  keys = await importSigningKeys(readSigningKeyConfig({ AUTH_TOKEN_SIGNING_KEY: JSON.stringify(currentJwk) })!);
});

const claims = { sid: "family_1", scope: "account:read", roles: ["user"] };
const now = () => Math.floor(Date.now() / 1000);

/** A token signed with our real key, with whatever header and claims a test wants. */
function ours(header: Record<string, unknown> = {}, payload: Record<string, unknown> = {}) {
  return new SignJWT({ ...claims, iss: issuer, aud: audience, sub: "user_1", jti: "jti_1", iat: now(), exp: now() + 600, ...payload })
    .setProtectedHeader({ alg: "ES256", kid: currentJwk.kid, typ: "at+jwt", ...header })
    .sign(keys.current.privateKey);
}

const refused = async (token: string) => {
  const check = await verifyAccessToken(token, { keys });
  expect(check.ok).toBe(false);
  return check.ok ? "" : check.reason;
};

describe("access tokens", () => {
  it("accepts what it issued, with kid, typ at+jwt and the claims Gatehouse needs", async () => {
    const issued = await issueAccessToken({ userId: "user_1", familyId: "family_1", roles: ["user"], permissions: ["account:read"], keys });
    const check = await verifyAccessToken(issued.token, { keys });
    expect(check).toMatchObject({ ok: true, claims: { sub: "user_1", sid: "family_1", jti: issued.jti, scope: "account:read", roles: ["user"] } });
    const header = JSON.parse(Buffer.from(issued.token.split(".")[0]!, "base64url").toString());
    expect(header).toEqual({ alg: "ES256", kid: currentJwk.kid, typ: "at+jwt" });
    expect(issued.expiresIn).toBe(15 * 60);
  });

  it("refuses alg none", async () => {
    const token = new UnsecuredJWT({ ...claims, sub: "user_1", jti: "j", iat: now(), exp: now() + 600 }).setIssuer(issuer).setAudience(audience).encode();
    expect(await refused(token)).toBe("alg-not-allowed");
    // The same with our kid and typ in the header.
    const header = Buffer.from(JSON.stringify({ alg: "none", kid: currentJwk.kid, typ: "at+jwt" })).toString("base64url");
    expect(await refused(`${header}.${token.split(".")[1]}.`)).not.toBe("");
  });

  it("refuses HS256 signed with the public key (algorithm confusion)", async () => {
    const publicJwk = publicHalf(currentJwk);
    const pem = createPublicKey({ key: publicJwk, format: "jwk" }).export({ type: "spki", format: "pem" }).toString();
    for (const secret of [pem, JSON.stringify(publicJwk)]) {
      const token = await new SignJWT({ ...claims, iss: issuer, aud: audience, sub: "user_1", jti: "j", iat: now(), exp: now() + 600 })
        .setProtectedHeader({ alg: "HS256", kid: currentJwk.kid, typ: "at+jwt" })
        .sign(new TextEncoder().encode(secret));
      expect(await refused(token)).toBe("alg-not-allowed");
    }
  });

  it("refuses a key it does not know (foreign kid), and a foreign key under our kid", async () => {
    const foreign = await generateKeyPair("ES256");
    const payload = { ...claims, iss: issuer, aud: audience, sub: "user_1", jti: "j", iat: now(), exp: now() + 600 };
    const foreignKid = await new SignJWT(payload).setProtectedHeader({ alg: "ES256", kid: "attacker", typ: "at+jwt" }).sign(foreign.privateKey);
    expect(await refused(foreignKid)).toBe("unknown-kid");
    const ourKid = await new SignJWT(payload).setProtectedHeader({ alg: "ES256", kid: currentJwk.kid, typ: "at+jwt" }).sign(foreign.privateKey);
    expect(await refused(ourKid)).toBe("bad-signature");
  });

  it("refuses jku, x5u and an embedded jwk even on a token our own key signed", async () => {
    const foreign = await generateKeyPair("ES256", { extractable: true });
    expect(await refused(await ours({ jku: "https://attacker.example/jwks.json" }))).toBe("unsupported-header");
    expect(await refused(await ours({ x5u: "https://attacker.example/cert.pem" }))).toBe("unsupported-header");
    expect(await refused(await ours({ jwk: await exportJWK(foreign.publicKey) }))).toBe("unsupported-header");
    const embedded = await new SignJWT({ ...claims, iss: issuer, aud: audience, sub: "user_1", jti: "j", iat: now(), exp: now() + 600 })
      .setProtectedHeader({ alg: "ES256", typ: "at+jwt", jwk: await exportJWK(foreign.publicKey) })
      .sign(foreign.privateKey);
    expect(await refused(embedded)).toBe("unsupported-header");
  });

  it("refuses an unknown critical header parameter", async () => {
    // jose will not even sign this, so it is put together by hand with our real key.
    const part = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");
    const header = part({ alg: "ES256", kid: currentJwk.kid, typ: "at+jwt", crit: ["urn:example:must-understand"], "urn:example:must-understand": true });
    const payload = part({ ...claims, iss: issuer, aud: audience, sub: "user_1", jti: "j", iat: now(), exp: now() + 600 });
    const key = createPrivateKey({ key: currentJwk, format: "jwk" });
    const signature = sign("sha256", Buffer.from(`${header}.${payload}`), { key, dsaEncoding: "ieee-p1363" }).toString("base64url");
    expect(await refused(`${header}.${payload}.${signature}`)).toBe("unsupported-header");
    // The control: the same hand-made token without crit is accepted, so the refusal is crit's.
    const plain = part({ alg: "ES256", kid: currentJwk.kid, typ: "at+jwt" });
    const plainSignature = sign("sha256", Buffer.from(`${plain}.${payload}`), { key, dsaEncoding: "ieee-p1363" }).toString("base64url");
    expect((await verifyAccessToken(`${plain}.${payload}.${plainSignature}`, { keys })).ok).toBe(true);
  });

  it("refuses an expired token beyond 30 s of skew, and accepts one within it", async () => {
    expect(await refused(await ours({}, { iat: now() - 1000, exp: now() - 31 }))).toBe("expired");
    expect((await verifyAccessToken(await ours({}, { iat: now() - 1000, exp: now() - 20 }), { keys })).ok).toBe(true);
  });

  it("refuses a token not yet valid (nbf, and iat in the future) beyond 30 s of skew", async () => {
    expect(await refused(await ours({}, { nbf: now() + 120 }))).toBe("claim-nbf");
    expect(await refused(await ours({}, { iat: now() + 120 }))).toBe("claim-iat");
  });

  it("refuses the wrong issuer, audience or typ", async () => {
    expect(await refused(await ours({}, { iss: "https://other.example" }))).toBe("claim-iss");
    expect(await refused(await ours({}, { aud: "https://other.example/api" }))).toBe("claim-aud");
    expect(await refused(await ours({ typ: "JWT" }))).toBe("claim-typ");
    const noTyp = { alg: "ES256", kid: currentJwk.kid };
    const withoutTyp = await new SignJWT({ ...claims, iss: issuer, aud: audience, sub: "user_1", jti: "j", iat: now(), exp: now() + 600 })
      .setProtectedHeader(noTyp)
      .sign(keys.current.privateKey);
    expect(await refused(withoutTyp)).toBe("claim-typ");
  });

  it("refuses a token missing a claim it needs (sid, jti, exp)", async () => {
    for (const missing of ["sid", "jti", "exp"]) expect(await refused(await ours({}, { [missing]: undefined }))).toMatch(/^claim-/);
  });

  it("refuses a browser session cookie presented as an access token", async () => {
    const cookie = await encode({ token: { sub: "user_1", sid: "s" }, secret: "x".repeat(40), salt: "authjs.session-token" });
    expect(await refused(cookie)).not.toBe("");
  });

  it("refuses an ID token (another issuer's RS256 JWT) presented as an access token", async () => {
    const idp = await generateKeyPair("RS256");
    const idToken = await new SignJWT({ email: "someone@example.com", nonce: "n" })
      .setProtectedHeader({ alg: "RS256", kid: "google-key", typ: "JWT" })
      .setIssuer("https://accounts.google.com")
      .setAudience("gatehouse-client-id")
      .setSubject("user_1")
      .setIssuedAt()
      .setExpirationTime("10m")
      .sign(idp.privateKey);
    expect(await refused(idToken)).toBe("alg-not-allowed");
  });

  it("refuses garbage without throwing", async () => {
    for (const garbage of ["", "a", "a.b.c", "....", "\u0000\u0001", "eyJ.eyJ.sig", "x".repeat(10_000)]) await refused(garbage);
  });

  it("accepts a retiring key's tokens while it is listed, and not after", async () => {
    const old = newSigningKeyJwk();
    const oldKeys = await importSigningKeys(readSigningKeyConfig({ AUTH_TOKEN_SIGNING_KEY: JSON.stringify(old) })!);
    const token = (await issueAccessToken({ userId: "u", familyId: "f", roles: [], permissions: [], keys: oldKeys })).token;
    const oldPublic = publicHalf(old);
    const rotated = await importSigningKeys(
      readSigningKeyConfig({ AUTH_TOKEN_SIGNING_KEY: JSON.stringify(currentJwk), AUTH_TOKEN_RETIRING_KEYS: JSON.stringify([oldPublic]) })!,
    );
    expect((await verifyAccessToken(token, { keys: rotated })).ok).toBe(true);
    expect(rotated.published.map((jwk) => jwk.kid)).toEqual([currentJwk.kid, old.kid]);
    expect(rotated.published.every((jwk) => !("d" in jwk))).toBe(true);
    expect(await refused(token)).toBe("unknown-kid");
  });
});

describe("signing key configuration", () => {
  it("names the variable when the key is malformed, and refuses anything but a private P-256 key", () => {
    expect(() => readSigningKeyConfig({ AUTH_TOKEN_SIGNING_KEY: "not json" })).toThrow(/AUTH_TOKEN_SIGNING_KEY is not valid JSON/);
    const publicOnly = publicHalf(currentJwk);
    expect(() => readSigningKeyConfig({ AUTH_TOKEN_SIGNING_KEY: JSON.stringify(publicOnly) })).toThrow(/private key/);
    expect(() => readSigningKeyConfig({ AUTH_TOKEN_SIGNING_KEY: JSON.stringify({ ...currentJwk, alg: "HS256" }) })).toThrow(/ES256/);
    expect(() => readSigningKeyConfig({ AUTH_TOKEN_SIGNING_KEY: JSON.stringify({ kty: "oct", k: "abc" }) })).toThrow(/P-256/);
    expect(() => readSigningKeyConfig({ AUTH_TOKEN_RETIRING_KEYS: "[]" })).toThrow(/AUTH_TOKEN_SIGNING_KEY is not/);
    expect(readSigningKeyConfig({})).toBeNull();
  });
});
