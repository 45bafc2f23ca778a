import type { ActiveTokenFamily } from "@/lib/tokens/list-token-families";
import { Button } from "@/components/ui/button";
import { DateTime } from "@/components/ui/date-time";

/** Token sign-ins (apps, CLIs), each with a form that ends it through `endAction`. */
export function TokenFamilyList({ families, endAction, hidden }: { families: ActiveTokenFamily[]; endAction: (form: FormData) => Promise<void>; hidden?: Record<string, string> }) {
  if (families.length === 0) return <p className="text-sm text-slate-600">No apps are signed in with tokens.</p>;
  return (
    <ul className="divide-y divide-slate-100" data-testid="token-family-list">
      {families.map((family) => (
        <li key={family.id} className="flex flex-wrap items-center justify-between gap-4 py-3" data-testid="token-family-row" data-family-id={family.id}>
          <div>
            <p className="font-medium">
              {family.client.browser} on {family.client.os}
            </p>
            <p className="text-sm text-slate-600">
              IP {family.ip ?? "unknown"} · signed in <DateTime value={family.createdAt} /> · last used <DateTime value={family.lastUsedAt} />
            </p>
          </div>
          <form action={endAction}>
            {Object.entries(hidden ?? {}).map(([name, value]) => (
              <input key={name} type="hidden" name={name} value={value} />
            ))}
            <input type="hidden" name="familyId" value={family.id} />
            <Button type="submit" variant="secondary">End</Button>
          </form>
        </li>
      ))}
    </ul>
  );
}
