// The 10,000 most common passwords, from zxcvbn-ts's frequency-ordered list (xato corpus).
import { dictionary } from "@zxcvbn-ts/language-common";
import { normalizePassword } from "./policy";

export const COMMON_PASSWORD_COUNT = 10_000;

let common: Set<string> | undefined;

export function isCommonPassword(password: string): boolean {
  common ??= new Set(dictionary["passwords-common"].slice(0, COMMON_PASSWORD_COUNT).map((p) => p.toLowerCase()));
  return common.has(normalizePassword(password).toLowerCase());
}

export const COMMON_PASSWORD_MESSAGE =
  "This password is one of the most commonly used and easy to guess. Choose another";
