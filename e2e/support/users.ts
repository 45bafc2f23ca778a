// Accounts created by seed-fixtures.ts before the server starts.
export type FixtureUser = { email: string; password: string; name: string; roles: ("user" | "editor" | "admin")[]; active: boolean };

export const FIXTURE_USERS = {
  user: { email: "user@e2e.test", password: "user fixture passphrase", name: "Uma User", roles: ["user"], active: true },
  editor: { email: "editor@e2e.test", password: "editor fixture passphrase", name: "Eddie Editor", roles: ["editor"], active: true },
  admin: { email: "admin@e2e.test", password: "admin fixture passphrase", name: "Ada Admin", roles: ["admin"], active: true },
  deactivated: { email: "gone@e2e.test", password: "deactivated fixture passphrase", name: "Dee Activated", roles: ["user"], active: false },
} satisfies Record<string, FixtureUser>;

export type FixtureRole = "user" | "editor" | "admin";
