// `npm run dev` on a fresh clone: make sure there is an AUTH_SECRET and an access-token signing
// key. In development a missing one is generated once into .env.local (gitignored) so sessions
// and tokens survive restarts. Production never gets here: `next start` refuses to run without them.
import { randomBytes } from "node:crypto";
import { appendFileSync, existsSync, readFileSync } from "node:fs";
import { newSigningKeyJwk } from "./lib/signing-key.mjs";

const files = [".env", ".env.local", ".env.development", ".env.development.local"];
const definedInFile = (name) =>
  files.some((file) => existsSync(file) && new RegExp(`^\\s*${name}\\s*=\\s*\\S+`, "m").test(readFileSync(file, "utf8")));

function generate(name, value) {
  if (process.env[name] || definedInFile(name)) return;
  const prefix = existsSync(".env.local") && !readFileSync(".env.local", "utf8").endsWith("\n") ? "\n" : "";
  appendFileSync(".env.local", `${prefix}# Generated for development by scripts/dev-env.mjs. Never reuse it in production.\n${name}=${value}\n`);
  console.warn(`⚠ ${name} was not set: generated a development value into .env.local.`);
}

generate("AUTH_SECRET", randomBytes(33).toString("base64"));
generate("AUTH_TOKEN_SIGNING_KEY", `'${JSON.stringify(newSigningKeyJwk())}'`);
