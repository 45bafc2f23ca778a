import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { PageShell } from "@/components/layout/page-shell";
import { Card } from "@/components/ui/card";
import { TextLink } from "@/components/ui/text-link";
import { requirePermission } from "@/lib/auth/dal";
import { SECOND_FACTOR_REQUIRED_PATH } from "@/lib/auth/second-factor-requirement";
import { settings } from "@/lib/config/settings";
import { safeCallbackUrl } from "@/lib/edge/callback-url";
import { rolesRequiringSecondFactor } from "@/lib/factors/required-factor-policy";
import { hasSecondFactor } from "@/lib/factors/second-factor-status";

export const metadata: Metadata = { title: "Two-step verification required · Settings · Gatehouse" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** Where the data access layer sends a member of a role that requires a second factor they do not have yet. */
export default async function SecondFactorRequiredPage({ searchParams }: { searchParams: SearchParams }) {
  const { user } = await requirePermission("account:read", SECOND_FACTOR_REQUIRED_PATH);
  const params = await searchParams;
  const next = safeCallbackUrl(Array.isArray(params.next) ? params.next[0] : params.next);
  const roles = rolesRequiringSecondFactor(user.roles, settings().secondFactor.requiredRoles);
  if (roles.length === 0 || (await hasSecondFactor(user.id))) redirect(next);
  const enrol = `/settings/security/two-factor?${new URLSearchParams({ next })}`;
  return (
    <PageShell title="Set up two-step verification first" intro="A stolen password alone must never open the parts of Gatehouse that manage other people's accounts or content.">
      <Card>
        <p className="text-sm text-slate-700" data-testid="second-factor-required">
          Your {roles.length === 1 ? "role" : "roles"} ({roles.join(", ")}) {roles.length === 1 ? "requires" : "require"} two-step verification. Until your
          account has it, the admin console, the editor area and their actions stay closed to you; everything else works as before.
        </p>
        <p className="mt-4 text-sm text-slate-700">
          <TextLink href={enrol}>Set up an authenticator app</TextLink> (it takes a minute); once your recovery codes are saved you continue to <code className="font-mono">{next}</code>.
        </p>
      </Card>
    </PageShell>
  );
}
