// Accounts created by seed-fixtures.ts before the server starts.
export type FixtureUser = {
  email: string;
  password: string;
  name: string;
  roles: ("user" | "editor" | "admin")[];
  active: boolean;
  /** Seeded with a sign-in lock that lasts an hour. */
  locked?: boolean;
};

export const FIXTURE_USERS = {
  user: { email: "user@e2e.test", password: "user fixture passphrase", name: "Uma User", roles: ["user"], active: true },
  editor: { email: "editor@e2e.test", password: "editor fixture passphrase", name: "Eddie Editor", roles: ["editor"], active: true },
  admin: { email: "admin@e2e.test", password: "admin fixture passphrase", name: "Ada Admin", roles: ["admin"], active: true },
  deactivated: { email: "gone@e2e.test", password: "deactivated fixture passphrase", name: "Dee Activated", roles: ["user"], active: false },
  // One account per test that changes its own account (sessions, roles, status), so tests never collide.
  sessions: { email: "sessions@e2e.test", password: "sessions fixture passphrase", name: "Sasha Sessions", roles: ["user"], active: true },
  demoteMe: { email: "demote-me@e2e.test", password: "demote fixture passphrase", name: "Dora Demoted", roles: ["editor"], active: true },
  promoteMe: { email: "promote-me@e2e.test", password: "promote fixture passphrase", name: "Pat Promoted", roles: ["user"], active: true },
  deactivateMe: { email: "deactivate-me@e2e.test", password: "deactivate fixture passphrase", name: "Dan Deactivated", roles: ["user"], active: true },
  deleteMe: { email: "delete-me@e2e.test", password: "delete fixture passphrase", name: "Del Deleted", roles: ["user"], active: true },
  locked: { email: "locked@e2e.test", password: "locked fixture passphrase", name: "Lou Locked", roles: ["user"], active: true, locked: true },
  // The target of admin actions called directly: its roles change for a moment in that test.
  directTarget: { email: "direct-target@e2e.test", password: "direct target fixture passphrase", name: "Dee Rect", roles: ["user"], active: true },
  // Signed out everywhere by an admin; promoteMe's sessions are in use by other files meanwhile.
  signOutMe: { email: "sign-out-me@e2e.test", password: "sign out fixture passphrase", name: "Sol Signedout", roles: ["user"], active: true },
  admin2: { email: "admin2@e2e.test", password: "second admin fixture passphrase", name: "Abe Admin", roles: ["admin"], active: true },
} satisfies Record<string, FixtureUser>;

export type FixtureRole = "user" | "editor" | "admin";
