// npm run db:seed — demo data for development: one account per role, with fresh random
// passwords printed once. Refused in production.
import { randomBytes } from "node:crypto";
import { provisionUser } from "@/lib/users/provision-user";
import { applyMigrations } from "@/lib/db/migrate/runner";
import { databaseDialect, databaseUrl } from "@/lib/db/url";
import { isHttpsAppUrl } from "@/lib/edge/app-url.mjs";
import { settings } from "@/lib/config/settings";
import { runCommand } from "./lib/run-command";
import { ROLES } from "@/lib/edge/roles";

async function main(): Promise<number> {
  const looksLikeProduction =
    process.env.NODE_ENV === "production" ||
    databaseDialect(databaseUrl()) === "postgres" ||
    isHttpsAppUrl(process.env.AUTH_URL);
  if (looksLikeProduction && !process.argv.includes("--force")) {
    console.error(
      "db:seed creates accounts with printed passwords, so it refuses to run when NODE_ENV=production, DATABASE_URL is PostgreSQL or AUTH_URL is https. Pass --force if this really is a throwaway database.",
    );
    return 1;
  }
  await applyMigrations({ url: databaseUrl() });
  console.log("Demo accounts (passwords are new on every run):\n");
  for (const role of ROLES) {
    const email = `${role}@example.com`;
    const password = `demo-${role}-${randomBytes(9).toString("base64url")}`;
    await provisionUser({ email, name: `Demo ${role}`, password, passwordIsRandom: true, roles: [role], source: "cli:db:seed" });
    console.log(`  ${role.padEnd(7)} ${email.padEnd(20)} ${password}`);
  }
  console.log(`\nSign in at ${settings().appUrl}/login`);
  return 0;
}

runCommand(main);
