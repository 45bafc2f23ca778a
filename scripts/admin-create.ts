// npm run admin:create -- --email you@example.com [--name "Your Name"]
// Creates the first admin, or promotes an existing account. The password comes from a hidden
// prompt (or stdin when piped), never from the command line.
import { parseArgs } from "node:util";
import { provisionUser } from "@/lib/users/provision-user";
import { emailSchema, nameSchema } from "@/lib/validation/auth";
import { newPasswordProblem } from "@/lib/password/new-password";
import { applyMigrations } from "@/lib/db/migrate/runner";
import { databaseUrl } from "@/lib/db/url";
import { db } from "@/lib/db/client";
import { runCommand } from "./lib/run-command";
import { readSecret } from "./lib/read-secret";

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { email: { type: "string" }, name: { type: "string" } } });
  const email = emailSchema.safeParse(values.email ?? "");
  if (!email.success) {
    console.error(`Usage: npm run admin:create -- --email <email> [--name <name>]\n${email.error.issues[0]?.message}`);
    return 2;
  }
  const name = values.name === undefined ? undefined : nameSchema.safeParse(values.name);
  if (name && !name.success) {
    console.error(name.error.issues[0]?.message);
    return 2;
  }

  await applyMigrations({ url: databaseUrl() });
  const existing = await db.user.findUnique({ where: { email: email.data }, select: { id: true } });

  let password: string | undefined;
  if (!existing) {
    password = await readSecret(`Password for ${email.data}: `);
    const problem = await newPasswordProblem({ password, userInputs: [email.data] });
    if (problem) {
      console.error(problem);
      return 2;
    }
    if (process.stdin.isTTY && (await readSecret("Repeat the password: ")) !== password) {
      console.error("Passwords do not match");
      return 2;
    }
  }

  const result = await provisionUser({
    email: email.data,
    name: name?.data,
    password,
    roles: ["admin"],
    source: "cli:admin:create",
  });
  if (result.created) console.log(`Created admin ${email.data}.`);
  else if (result.rolesAdded.length > 0) console.log(`Promoted ${email.data} to admin.`);
  else console.log(`${email.data} is already an admin.`);
  if (result.reactivated) console.log("The account was deactivated and has been reactivated.");
  return 0;
}

runCommand(main);
