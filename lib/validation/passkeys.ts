import { z } from "zod";

// What a browser sends back from navigator.credentials.create/get (as @simplewebauthn/browser
// serialises it). Only the shape and sizes are checked here; lib/passkeys verifies the content.
const base64url = (max: number) => z.string().max(max).regex(/^[A-Za-z0-9_-]*$/);
const TRANSPORTS = ["ble", "cable", "hybrid", "internal", "nfc", "smart-card", "usb"] as const;

// What both ceremonies' answers carry around their `response`.
const credential = {
  id: base64url(1400).min(1),
  rawId: base64url(1400).min(1),
  type: z.literal("public-key"),
  authenticatorAttachment: z.enum(["platform", "cross-platform"]).optional(),
  clientExtensionResults: z.record(z.string(), z.unknown()).default({}),
};

export const assertionSchema = z.object({
  ...credential,
  response: z.object({
    clientDataJSON: base64url(4096),
    authenticatorData: base64url(4096),
    signature: base64url(2048),
    userHandle: base64url(128).optional(),
  }),
});
export type Assertion = z.output<typeof assertionSchema>;

export const attestationSchema = z.object({
  ...credential,
  response: z.object({
    clientDataJSON: base64url(4096),
    attestationObject: base64url(16384),
    authenticatorData: base64url(4096).optional(),
    transports: z.array(z.string().max(32)).max(8).optional(),
    publicKeyAlgorithm: z.number().int().optional(),
    publicKey: base64url(4096).optional(),
  }),
});
export type Attestation = z.output<typeof attestationSchema>;

/** Transports a browser reported, limited to the names WebAuthn knows. */
export function knownTransports(values: readonly string[] | undefined): (typeof TRANSPORTS)[number][] {
  return (values ?? []).filter((value): value is (typeof TRANSPORTS)[number] => (TRANSPORTS as readonly string[]).includes(value));
}

/** A passkey's name: what the owner recognises it by in Settings. */
export const passkeyNameSchema = z
  .string({ error: "Name your passkey" })
  .trim()
  .min(1, "Name your passkey, e.g. “Work laptop”")
  .max(60, "Use at most 60 characters");

/** The name field of "Add a passkey", checked before the browser's prompt opens. */
export const newPasskeyNameSchema = z.object({ name: passkeyNameSchema });
export type NewPasskeyNameInput = z.input<typeof newPasskeyNameSchema>;
export type NewPasskeyNameData = z.output<typeof newPasskeyNameSchema>;
export const addPasskeySchema = z.object({ name: passkeyNameSchema, attestation: attestationSchema });
export const renamePasskeySchema = z.object({ passkeyId: z.string().min(1).max(64), name: passkeyNameSchema });
export type RenamePasskeyInput = z.input<typeof renamePasskeySchema>;
export type RenamePasskeyData = z.output<typeof renamePasskeySchema>;
export const passkeyIdSchema = z.object({ passkeyId: z.string().min(1).max(64) });

/** Signing in with a passkey, on /login: the answer, and the sign-in form's choices. */
export const passkeySignInSchema = z.object({
  assertion: assertionSchema,
  remember: z.boolean().default(false),
  callbackUrl: z.string().max(2048).optional(),
});
export const passkeySecondStepSchema = z.object({ assertion: assertionSchema, callbackUrl: z.string().max(2048).optional() });
export const confirmWithPasskeySchema = z.object({ assertion: assertionSchema, next: z.string().max(2048).optional() });

/** What a passkey button's server action answers when it does not redirect. */
export type PasskeyResult = { error?: string; done?: string; recoveryCodes?: string[] } | undefined;
