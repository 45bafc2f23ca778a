import { db } from "@/lib/db/client";
import { DEFAULT_ROLE } from "@/lib/edge/roles";
import { AUDIT_EVENTS } from "@/lib/audit/events";
import { recordAudit } from "@/lib/audit/record-audit";
import { providerName } from "@/lib/edge/providers-catalog";
import { deliverMail } from "@/lib/mail/deliver-mail";
import { recipientName } from "@/lib/mail/recipient-name";
import { providerConnectedMessage } from "@/lib/mail/templates";
import { isUniqueViolation } from "@/lib/users/register-user";
import type { RequestContext } from "@/lib/http/request-context";

export type ProviderIdentity = {
  provider: string;
  /** "oidc" or "oauth", as Auth.js names the account type. */
  type: string;
  providerAccountId: string;
  /** Lower-cased and trimmed; null when the provider has no usable address. */
  email: string | null;
  /** True only when the provider asserts the email is verified. */
  emailVerified: boolean;
  name: string | null;
  image: string | null;
};

export type SignInWithProviderOptions = {
  identity: ProviderIdentity;
  /** The signed-in person connecting this provider from their settings, or null. */
  currentUserId: string | null;
  context: RequestContext;
};

export type SignInWithProviderResult =
  | { status: "ok"; userId: string; outcome: "returning" | "created" | "linked-by-email" | "connected" }
  | { status: "refused"; reason: SocialSignInRefusal };

export type SocialSignInRefusal = "account-exists" | "no-verified-email" | "inactive" | "linked-to-another-user" | "address-unproven";

/**
 * Decides who a provider sign-in reaches, and records the link when there is a new one:
 * - an existing link, keyed on (provider, providerAccountId), reaches its user (if active);
 * - a signed-in person connecting a provider gets it linked to their own account, once its
 *   address is proven (before that, whoever registered it may not own it, and must not keep a
 *   way in that the owner's first proof — a reset — would have to find and remove);
 * - an email that matches an account links only when the provider and the account both have it
 *   verified; otherwise nothing is linked (a password holder who never verified the address
 *   could be an attacker waiting for the real owner: pre-hijacking);
 * - otherwise a new user with the default role, without a password.
 */
export async function signInWithProvider(options: SignInWithProviderOptions): Promise<SignInWithProviderResult> {
  const result = await decideProviderSignIn(options);
  if (result.status === "ok" && (result.outcome === "connected" || result.outcome === "linked-by-email")) {
    await tellOwnerAboutNewLink(result.userId, options.identity.provider);
  }
  return result;
}

/** A new way into an existing account: its owner hears about it, in case it was not them. */
async function tellOwnerAboutNewLink(userId: string, provider: string): Promise<void> {
  const owner = await db.user.findUnique({ where: { id: userId }, select: { email: true, name: true, emailVerified: true } });
  if (owner) deliverMail(providerConnectedMessage({ to: owner.email, name: recipientName(owner), provider: providerName(provider) }));
}

async function decideProviderSignIn({ identity, currentUserId, context }: SignInWithProviderOptions): Promise<SignInWithProviderResult> {
  const method = identity.provider;
  try {
    return await db.$transaction(async (tx) => {
      const refuse = async (reason: SocialSignInRefusal, subjectId: string | null): Promise<SignInWithProviderResult> => {
        await recordAudit(tx, { type: AUDIT_EVENTS.signInFailed, subjectId, actorId: currentUserId, ...context, details: { reason, method } });
        return { status: "refused", reason };
      };
      const link = async (userId: string, via: "settings" | "verified-email" | "registration") => {
        await tx.account.create({
          data: { userId, type: identity.type, provider: identity.provider, providerAccountId: identity.providerAccountId },
        });
        await recordAudit(tx, {
          type: AUDIT_EVENTS.accountLinked,
          actorId: userId,
          subjectId: userId,
          ...context,
          details: { provider: identity.provider, via },
        });
      };

      const linked = await tx.account.findUnique({
        where: { provider_providerAccountId: { provider: identity.provider, providerAccountId: identity.providerAccountId } },
        select: { user: { select: { id: true, isActive: true } } },
      });
      if (linked) {
        if (currentUserId && linked.user.id !== currentUserId) return refuse("linked-to-another-user", linked.user.id);
        if (!linked.user.isActive) return refuse("inactive", linked.user.id);
        return { status: "ok", userId: linked.user.id, outcome: "returning" };
      }

      if (currentUserId) {
        const current = await tx.user.findUnique({ where: { id: currentUserId }, select: { emailVerified: true } });
        if (!current?.emailVerified) return refuse("address-unproven", currentUserId);
        await link(currentUserId, "settings");
        return { status: "ok", userId: currentUserId, outcome: "connected" };
      }

      if (!identity.email) return refuse("no-verified-email", null);

      const holder = await tx.user.findUnique({
        where: { email: identity.email },
        select: { id: true, isActive: true, emailVerified: true },
      });
      if (holder) {
        if (!identity.emailVerified || !holder.emailVerified) return refuse("account-exists", holder.id);
        if (!holder.isActive) return refuse("inactive", holder.id);
        await link(holder.id, "verified-email");
        return { status: "ok", userId: holder.id, outcome: "linked-by-email" };
      }

      const user = await tx.user.create({
        data: {
          email: identity.email,
          name: identity.name,
          image: identity.image,
          emailVerified: identity.emailVerified ? new Date() : null,
          roles: { create: { roleName: DEFAULT_ROLE } },
        },
        select: { id: true },
      });
      await recordAudit(tx, { type: AUDIT_EVENTS.userRegistered, actorId: user.id, subjectId: user.id, ...context, details: { method } });
      await link(user.id, "registration");
      return { status: "ok", userId: user.id, outcome: "created" };
    });
  } catch (error) {
    // A concurrent sign-in created the same user or link first; the person can simply retry.
    if (isUniqueViolation(error)) return { status: "refused", reason: "account-exists" };
    throw error;
  }
}
