// AES-256-GCM for second-factor secrets at rest, keyed by FACTOR_ENCRYPTION_KEY (32 bytes,
// base64). A database dump alone then gives no one the codes. Format: v1.<iv>.<ciphertext+tag>.
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { isFactorEncryptionKey } from "@/lib/config/settings";

const VERSION = "v1";

export function factorEncryptionKey(env: NodeJS.ProcessEnv = process.env): Buffer {
  const value = env.FACTOR_ENCRYPTION_KEY;
  if (!isFactorEncryptionKey(value)) throw new Error("FACTOR_ENCRYPTION_KEY must be 32 random bytes in base64 (`openssl rand -base64 32`)");
  return Buffer.from(value.trim(), "base64");
}

export function sealSecret(plain: string, key: Buffer = factorEncryptionKey()): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  const sealed = Buffer.concat([cipher.update(plain, "utf8"), cipher.final(), cipher.getAuthTag()]);
  return `${VERSION}.${iv.toString("base64url")}.${sealed.toString("base64url")}`;
}

/** The plain secret; throws when the value was altered or sealed with another key. */
export function openSecret(sealed: string, key: Buffer = factorEncryptionKey()): string {
  const [version, iv, body] = sealed.split(".");
  if (version !== VERSION || !iv || !body) throw new Error("Not a sealed second-factor secret");
  const bytes = Buffer.from(body, "base64url");
  const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64url"));
  decipher.setAuthTag(bytes.subarray(bytes.length - 16));
  return Buffer.concat([decipher.update(bytes.subarray(0, bytes.length - 16)), decipher.final()]).toString("utf8");
}
