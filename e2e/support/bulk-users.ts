// Accounts for the admin table tests: enough for more than one page, with known roles, status
// and sign-in methods. Created by seed-fixtures.ts.
export const BULK_DOMAIN = "bulk.e2e.test";
export const BULK_COUNT = 40;

export type BulkUser = { email: string; name: string; roles: string[]; active: boolean; createdAt: Date; password: boolean; provider: boolean };

export function bulkUsers(): BulkUser[] {
  const base = Date.UTC(2025, 0, 1);
  return Array.from({ length: BULK_COUNT }, (_, index) => {
    const n = String(index).padStart(2, "0");
    return {
      email: `listed-${n}@${BULK_DOMAIN}`,
      name: index % 10 === 3 ? `Zelda Findable ${n}` : `Listed Person ${n}`,
      roles: index % 4 === 0 ? ["user", "editor"] : ["user"],
      active: index % 5 !== 0,
      // Pairs share a timestamp, so pagination must break ties by id.
      createdAt: new Date(base + Math.floor(index / 2) * 60_000),
      password: index % 3 !== 0,
      provider: index % 3 === 0,
    };
  });
}
