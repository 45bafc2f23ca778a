// API keys look like `gk_` + 32 random base62 characters + a 6-character CRC32 checksum, like
// GitHub's tokens: secret scanners recognise them by the prefix and can check the checksum
// without asking us, and a mistyped key is refused before any lookup.
import { createHash, randomInt } from "node:crypto";
import { crc32 } from "node:zlib";

export const API_KEY_PREFIX = "gk_";
const ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
const BODY_LENGTH = 32;
const CHECKSUM_LENGTH = 6;
const SHAPE = new RegExp(`^${API_KEY_PREFIX}[0-9A-Za-z]{${BODY_LENGTH + CHECKSUM_LENGTH}}$`);
/** How much of a key the lists show: the prefix and 8 characters. */
export const VISIBLE_PREFIX_LENGTH = API_KEY_PREFIX.length + 8;

function base62(value: number, length: number): string {
  let out = "";
  for (let rest = value; out.length < length; rest = Math.floor(rest / 62)) out = ALPHABET[rest % 62] + out;
  return out;
}

function checksum(body: string): string {
  return base62(crc32(body), CHECKSUM_LENGTH);
}

export function newApiKey(): string {
  let body = "";
  for (let i = 0; i < BODY_LENGTH; i++) body += ALPHABET[randomInt(62)];
  return `${API_KEY_PREFIX}${body}${checksum(body)}`;
}

/** The right shape and a matching checksum. */
export function isApiKeyShape(value: string): boolean {
  if (!SHAPE.test(value)) return false;
  const body = value.slice(API_KEY_PREFIX.length, API_KEY_PREFIX.length + BODY_LENGTH);
  return value.slice(-CHECKSUM_LENGTH) === checksum(body);
}

export function hashApiKey(key: string): string {
  return createHash("sha256").update(key).digest("base64url");
}
