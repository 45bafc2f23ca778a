// Creates the factors server's database (playwright.config.ts's webServer with FACTORS_ENV):
// migrations only; its tests register the accounts they use.
import { applyMigrations } from "@/lib/db/migrate/runner";
import { databaseUrl } from "@/lib/db/url";

await applyMigrations({ url: databaseUrl() });
console.log("Prepared the factors server's database.");
