// The Auth.js adapter: Prisma for lookups, with Auth.js's own user creation and account linking
// switched off. Users and links are made only by lib/accounts/sign-in-with-provider.ts, under
// Gatehouse's linking rules, before Auth.js would reach these methods.
import type { Adapter } from "next-auth/adapters";

export function withoutImplicitLinking(adapter: Adapter): Adapter {
  return {
    ...adapter,
    createUser() {
      throw new Error("Users are created by signInWithProvider, not by the Auth.js adapter");
    },
    linkAccount() {
      throw new Error("Accounts are linked by signInWithProvider, not by the Auth.js adapter");
    },
  };
}
