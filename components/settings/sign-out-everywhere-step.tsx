import { ConfirmStep } from "@/components/ui/confirm-step";

/** "Sign out everywhere", confirmed with what it will end (`what`: "3 devices and 1 app"). */
export function SignOutEverywhereStep({ what, action, cancelHref }: { what: string; action: (form: FormData) => Promise<void>; cancelHref: string }) {
  return (
    <ConfirmStep title="Sign out everywhere?" action={action} confirmLabel={`Sign out of ${what}`} pendingLabel="Signing out…" cancelHref={cancelHref}>
      This signs your account out of {what}, this one included. You will need to sign in again.
    </ConfirmStep>
  );
}
