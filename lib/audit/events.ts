// Security-relevant events. Stored as the string value; the admin console lists them by type.
export const AUDIT_EVENTS = {
  signInSucceeded: "sign_in.succeeded",
  signInFailed: "sign_in.failed",
  signedOut: "sign_out",
  userRegistered: "user.registered",
  registrationDuplicate: "user.registration_duplicate",
  adminCreated: "admin.created",
  roleAdded: "role.added",
  passwordChanged: "password.changed",
  userActivated: "user.activated",
  accountLinked: "account.linked",
  accountUnlinked: "account.unlinked",
  roleRemoved: "role.removed",
  sessionEnded: "session.ended",
  signedOutEverywhere: "session.signed_out_everywhere",
  userDeactivated: "user.deactivated",
  userDeleted: "user.deleted",
  nameChanged: "user.name_changed",
  postPublished: "post.published",
  postUnpublished: "post.unpublished",
  accountLocked: "account.locked",
  accountUnlocked: "account.unlocked",
  emailTokenIssued: "email_token.issued",
  emailTokensRevoked: "email_token.revoked",
  emailVerified: "email.verified",
  emailChangeRequested: "email.change_requested",
  emailChanged: "email.changed",
  passwordReset: "password.reset",
  factorEnrolled: "factor.enrolled",
  factorRemoved: "factor.removed",
  factorReset: "factor.reset",
  recoveryCodeUsed: "factor.recovery_code_used",
  recoveryCodesRegenerated: "factor.recovery_codes_regenerated",
  secondFactorFailed: "sign_in.second_factor_failed",
  identityConfirmed: "session.identity_confirmed",
  passkeyAdded: "passkey.added",
  passkeyRemoved: "passkey.removed",
  /** A device-bound passkey's signature counter did not go up: its key may have been copied. */
  passkeyCounterRegression: "passkey.counter_regression",
  tokenRevoked: "token.revoked",
  tokenReuseDetected: "token.reuse_detected",
  tokenRefused: "token.refused",
  apiKeyCreated: "api_key.created",
  apiKeyRevoked: "api_key.revoked",
  apiKeyRefused: "api_key.refused",
} as const;

export type AuditEventType = (typeof AUDIT_EVENTS)[keyof typeof AUDIT_EVENTS];

export type AuditEventInput = {
  type: AuditEventType;
  actorId?: string | null;
  subjectId?: string | null;
  ip?: string | null;
  userAgent?: string | null;
  details?: Record<string, string | number | boolean | null>;
};

const MAX_USER_AGENT = 512;

/** The row to write, for use inside the transaction that makes the change. */
export function auditEventData(event: AuditEventInput) {
  return {
    type: event.type,
    actorId: event.actorId ?? null,
    subjectId: event.subjectId ?? null,
    ip: event.ip ?? null,
    userAgent: event.userAgent ? event.userAgent.slice(0, MAX_USER_AGENT) : null,
    details: event.details ? JSON.stringify(event.details) : null,
  };
}
