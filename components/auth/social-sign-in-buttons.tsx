import { Button } from "@/components/ui/button";

type Props = {
  /** The provider sign-in server action, passed in by the page. */
  action: (form: FormData) => Promise<void>;
  providers: { id: string; name: string }[];
  callbackUrl?: string;
};

/** One button per configured provider; nothing at all when none is configured. */
export function SocialSignInButtons({ action, providers, callbackUrl }: Props) {
  if (providers.length === 0) return null;
  return (
    <div className="mt-6 space-y-3" data-testid="social-sign-in">
      <p className="text-center text-sm text-slate-600">or</p>
      {providers.map((provider) => (
        <form key={provider.id} action={action}>
          <input type="hidden" name="provider" value={provider.id} />
          {callbackUrl ? <input type="hidden" name="callbackUrl" value={callbackUrl} /> : null}
          <Button type="submit" variant="secondary" className="w-full">
            Continue with {provider.name}
          </Button>
        </form>
      ))}
    </div>
  );
}
