// The social providers Gatehouse knows, by Auth.js provider id. Pure: safe anywhere.
export const SOCIAL_PROVIDERS = { google: "Google", github: "GitHub" } as const;
export type SocialProviderId = keyof typeof SOCIAL_PROVIDERS;

export function isSocialProvider(value: unknown): value is SocialProviderId {
  return typeof value === "string" && Object.hasOwn(SOCIAL_PROVIDERS, value);
}

export function providerName(id: string): string {
  return isSocialProvider(id) ? SOCIAL_PROVIDERS[id] : id;
}
