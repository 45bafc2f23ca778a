// The two admins of the last-admin server's database (see LAST_ADMIN_ENV), its only accounts.
export const LAST_ADMINS = {
  first: { email: "first-admin@last-admin.test", password: "first admin fixture passphrase", name: "Fay First" },
  second: { email: "second-admin@last-admin.test", password: "second admin fixture passphrase", name: "Sol Second" },
} as const;
