import "server-only";
import { notFound } from "next/navigation";
import { requirePermission } from "@/lib/auth/dal";
import { settings } from "@/lib/config/settings";

/**
 * The outbox holds live reset links: it exists in development, or in production only with
 * DEV_OUTBOX=true, and then only for admins. Everyone else gets a 404.
 */
export async function requireOutboxAccess(returnTo: string): Promise<void> {
  const { production, mail } = settings();
  if (!mail.outboxEnabled) notFound();
  if (production) await requirePermission("admin:access", returnTo);
}
