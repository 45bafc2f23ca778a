import { Card } from "@/components/ui/card";
import { TextLink } from "@/components/ui/text-link";
import type { EmailLinkProblem } from "@/lib/users/email-link-problems";

/** The page for a link that cannot be used: what happened, and where to get a new one. */
export function EmailLinkProblemCard({ problem, retry }: { problem: EmailLinkProblem; retry: { href: string; label: string } }) {
  return (
    <>
      <h1 className="mb-6 text-2xl font-bold tracking-tight" data-testid="link-problem">
        {problem.title}
      </h1>
      <Card>
        <p className="mb-4 text-sm text-slate-800">{problem.message}</p>
        <TextLink href={retry.href}>{retry.label}</TextLink>
      </Card>
    </>
  );
}
