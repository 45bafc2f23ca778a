// Accounts seed-factors.ts creates on the factors server, where the default second-factor
// requirement (admins and editors) applies. Pure data: safe in the test process.
import type { FixtureUser } from "./users";

export const FACTORS_FIXTURES = {
  /** Signs in with a password alone and meets the requirement at /admin and in admin actions. */
  policyAdmin: { email: "policy-admin@factors.test", password: "policy admin passphrase", name: "Polly Policy", roles: ["admin"], active: true },
  /** Sets up an app from the requirement's page and comes back to the console. */
  enrolAdmin: { email: "enrol-admin@factors.test", password: "enrol admin passphrase", name: "Enzo Enrolled", roles: ["admin"], active: true },
  policyEditor: { email: "policy-editor@factors.test", password: "policy editor passphrase", name: "Edda Policy", roles: ["editor"], active: true },
  /** Step-up: an admin whose session grows old by the test clock. */
  stepUpAdmin: { email: "step-up-admin@factors.test", password: "step-up admin passphrase", name: "Stella Step-up", roles: ["admin"], active: true },
  /** Resets a user's second factor from the console. */
  resetAdmin: { email: "reset-admin@factors.test", password: "reset admin passphrase", name: "Reese Reset", roles: ["admin"], active: true },
  /** What the admins act on. */
  target: { email: "policy-target@factors.test", password: "policy target passphrase", name: "Tom Target", roles: ["user"], active: true },
  stepUpTarget: { email: "step-up-target@factors.test", password: "step-up target passphrase", name: "Tara Target", roles: ["user"], active: true },
} satisfies Record<string, FixtureUser>;
