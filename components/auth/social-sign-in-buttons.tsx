import { Button } from "@/components/ui/button";
import type { SocialProviderId } from "@/lib/edge/providers-catalog";
import { ProviderMark } from "./provider-marks";

type Props = {
  /** The provider sign-in server action, passed in by the page. */
  action: (form: FormData) => Promise<void>;
  providers: { id: SocialProviderId; name: string }[];
  callbackUrl?: string;
};

/**
 * One button per configured provider, at the top of the card, then the divider to the email form
 * below; nothing at all when no provider is configured.
 */
export function SocialSignInButtons({ action, providers, callbackUrl }: Props) {
  if (providers.length === 0) return null;
  return (
    <div className="mb-6" data-testid="social-sign-in">
      <div className="space-y-3">
        {providers.map((provider) => (
          <form key={provider.id} action={action}>
            <input type="hidden" name="provider" value={provider.id} />
            {callbackUrl ? <input type="hidden" name="callbackUrl" value={callbackUrl} /> : null}
            <Button type="submit" variant="secondary" className="w-full">
              <ProviderMark provider={provider.id} />
              Continue with {provider.name}
            </Button>
          </form>
        ))}
      </div>
      <div className="mt-6 flex items-center gap-3 text-sm text-slate-600" data-testid="email-divider">
        <span aria-hidden="true" className="h-px flex-1 bg-slate-200" />
        or continue with email
        <span aria-hidden="true" className="h-px flex-1 bg-slate-200" />
      </div>
    </div>
  );
}
