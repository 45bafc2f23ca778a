import type { AuditEventType } from "./events";

/** Each event type in words, for people reading the security log (the type stays the filter key). */
export const AUDIT_EVENT_LABELS: Record<AuditEventType, string> = {
  "sign_in.succeeded": "Signed in",
  "sign_in.failed": "Sign-in failed",
  sign_out: "Signed out",
  "user.registered": "Registered",
  "user.registration_duplicate": "Registration with a taken email",
  "admin.created": "Admin created",
  "role.added": "Role added",
  "password.changed": "Password changed",
  "user.activated": "Account activated",
  "account.linked": "Sign-in provider connected",
  "account.unlinked": "Sign-in provider disconnected",
  "role.removed": "Role removed",
  "session.ended": "Session ended",
  "session.signed_out_everywhere": "Signed out everywhere",
  "user.deactivated": "Account deactivated",
  "user.deleted": "Account deleted",
  "user.name_changed": "Name changed",
  "post.published": "Post published",
  "post.unpublished": "Post unpublished",
  "account.locked": "Account locked",
  "account.unlocked": "Account unlocked",
  "email_token.issued": "Email link sent",
  "email_token.revoked": "Email links cancelled",
  "email.verified": "Email confirmed",
  "email.change_requested": "Email change requested",
  "email.changed": "Email changed",
  "password.reset": "Password reset",
  "factor.enrolled": "Authenticator app added",
  "factor.removed": "Authenticator app removed",
  "factor.reset": "Second factor reset by an admin",
  "factor.recovery_code_used": "Recovery code used",
  "factor.recovery_codes_regenerated": "Recovery codes replaced",
  "sign_in.second_factor_failed": "Wrong second-factor code",
  "passkey.added": "Passkey added",
  "passkey.removed": "Passkey removed",
  "passkey.counter_regression": "Passkey counter went backwards (possible cloned key)",
  "session.identity_confirmed": "Identity confirmed",
  "token.revoked": "API token revoked",
  "token.reuse_detected": "Refresh token reused",
  "token.refused": "API token refused",
  "api_key.created": "API key created",
  "api_key.revoked": "API key revoked",
  "api_key.refused": "API key refused",
};

/** Types written before a label existed (or by a newer version) still read as something. */
export function auditEventLabel(type: string): string {
  return (AUDIT_EVENT_LABELS as Record<string, string>)[type] ?? type;
}

/** The details column as key/value pairs; a value that is not a JSON object is shown as it is. */
export function auditDetailEntries(details: string | null): [string, string][] {
  if (!details) return [];
  try {
    const parsed: unknown = JSON.parse(details);
    if (parsed && typeof parsed === "object" && !Array.isArray(parsed)) {
      return Object.entries(parsed).map(([key, value]) => [key, typeof value === "string" ? value : JSON.stringify(value)]);
    }
  } catch {
    // fall through: shown raw
  }
  return [["details", details]];
}
