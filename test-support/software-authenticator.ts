// A passkey authenticator in software, for tests below the browser: it makes ES256 credentials
// and answers challenges the way a platform authenticator does (WebAuthn §6.1, "none"
// attestation), written from the specification rather than with the library under test.
import { createHash, generateKeyPairSync, randomBytes, sign, type KeyObject } from "node:crypto";

type Cbor = number | string | Uint8Array | Cbor[] | Map<number | string, Cbor>;

function head(major: number, length: number): Buffer {
  if (length < 24) return Buffer.from([(major << 5) | length]);
  if (length < 0x100) return Buffer.from([(major << 5) | 24, length]);
  if (length < 0x10000) return Buffer.from([(major << 5) | 25, length >> 8, length & 0xff]);
  const out = Buffer.alloc(5);
  out[0] = (major << 5) | 26;
  out.writeUInt32BE(length, 1);
  return out;
}

/** A minimal CBOR encoder (RFC 8949): integers, byte and text strings, arrays, maps. */
export function cbor(value: Cbor): Buffer {
  if (typeof value === "number") return value >= 0 ? head(0, value) : head(1, -1 - value);
  if (typeof value === "string") return Buffer.concat([head(3, Buffer.byteLength(value)), Buffer.from(value, "utf8")]);
  if (value instanceof Uint8Array) return Buffer.concat([head(2, value.length), Buffer.from(value)]);
  if (Array.isArray(value)) return Buffer.concat([head(4, value.length), ...value.map(cbor)]);
  return Buffer.concat([head(5, value.size), ...[...value].flatMap(([key, item]) => [cbor(key), cbor(item)])]);
}

const FLAG_UP = 0x01;
const FLAG_UV = 0x04;
const FLAG_BE = 0x08;
const FLAG_BS = 0x10;
const FLAG_AT = 0x40;

export type SoftwareCredential = { id: Buffer; privateKey: KeyObject; publicKey: KeyObject; userHandle: Buffer; counter: number };

export type AuthenticatorOptions = {
  origin: string;
  rpId: string;
  /** A synced passkey (backup eligible and backed up), as iCloud Keychain or 1Password make. */
  synced?: boolean;
  /** Whether it counts signatures; synced passkeys usually report 0. */
  counts?: boolean;
  userVerified?: boolean;
};

export class SoftwareAuthenticator {
  readonly credentials: SoftwareCredential[] = [];
  constructor(private readonly options: AuthenticatorOptions) {}

  private flags(extra = 0): number {
    const { synced = false, userVerified = true } = this.options;
    return FLAG_UP | (userVerified ? FLAG_UV : 0) | (synced ? FLAG_BE | FLAG_BS : 0) | extra;
  }

  private rpIdHash(): Buffer {
    return createHash("sha256").update(this.options.rpId).digest();
  }

  private clientData(type: "webauthn.create" | "webauthn.get", challenge: string, origin = this.options.origin): Buffer {
    return Buffer.from(JSON.stringify({ type, challenge, origin, crossOrigin: false }));
  }

  /** navigator.credentials.create, as @simplewebauthn/browser serialises its answer. */
  register(creation: { challenge: string; user: { id: string } }) {
    const { privateKey, publicKey } = generateKeyPairSync("ec", { namedCurve: "prime256v1" });
    const jwk = publicKey.export({ format: "jwk" });
    const credential: SoftwareCredential = { id: randomBytes(16), privateKey, publicKey, userHandle: Buffer.from(creation.user.id, "base64url"), counter: 0 };
    this.credentials.push(credential);
    const coseKey = cbor(
      new Map<number, Cbor>([
        [1, 2],
        [3, -7],
        [-1, 1],
        [-2, Buffer.from(jwk.x!, "base64url")],
        [-3, Buffer.from(jwk.y!, "base64url")],
      ]),
    );
    const idLength = Buffer.alloc(2);
    idLength.writeUInt16BE(credential.id.length);
    const authData = Buffer.concat([this.rpIdHash(), Buffer.from([this.flags(FLAG_AT)]), Buffer.alloc(4), Buffer.alloc(16), idLength, credential.id, coseKey]);
    const attestationObject = cbor(new Map<string, Cbor>([["fmt", "none"], ["attStmt", new Map()], ["authData", authData]]));
    const id = credential.id.toString("base64url");
    return {
      id,
      rawId: id,
      type: "public-key" as const,
      response: {
        clientDataJSON: this.clientData("webauthn.create", creation.challenge).toString("base64url"),
        attestationObject: attestationObject.toString("base64url"),
        transports: ["internal"],
      },
      authenticatorAttachment: "platform" as const,
      clientExtensionResults: {},
    };
  }

  /** navigator.credentials.get: the first credential unless told, its counter moved unless given. */
  assert(request: { challenge: string }, { credential = this.credentials[0]!, counter, origin }: { credential?: SoftwareCredential; counter?: number; origin?: string } = {}) {
    if (counter !== undefined) credential.counter = counter;
    else if (this.options.counts ?? !this.options.synced) credential.counter += 1;
    const count = Buffer.alloc(4);
    count.writeUInt32BE(credential.counter);
    const authData = Buffer.concat([this.rpIdHash(), Buffer.from([this.flags()]), count]);
    const clientDataJSON = this.clientData("webauthn.get", request.challenge, origin);
    const signature = sign("sha256", Buffer.concat([authData, createHash("sha256").update(clientDataJSON).digest()]), credential.privateKey);
    const id = credential.id.toString("base64url");
    return {
      id,
      rawId: id,
      type: "public-key" as const,
      response: {
        clientDataJSON: clientDataJSON.toString("base64url"),
        authenticatorData: authData.toString("base64url"),
        signature: signature.toString("base64url"),
        userHandle: credential.userHandle.toString("base64url"),
      },
      authenticatorAttachment: "platform" as const,
      clientExtensionResults: {},
    };
  }
}
