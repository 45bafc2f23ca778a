// `npm run dev` on a fresh clone: make sure there is an AUTH_SECRET. In development a missing
// secret is generated once into .env.local (gitignored) so sessions survive restarts.
// Production never gets here: `next start` refuses to run without AUTH_SECRET.
import { randomBytes } from "node:crypto";
import { appendFileSync, existsSync, readFileSync } from "node:fs";

const files = [".env", ".env.local", ".env.development", ".env.development.local"];
const definedInFile = files.some(
  (file) => existsSync(file) && /^\s*AUTH_SECRET\s*=\s*\S+/m.test(readFileSync(file, "utf8")),
);

if (!process.env.AUTH_SECRET && !definedInFile) {
  const secret = randomBytes(33).toString("base64");
  const prefix = existsSync(".env.local") && !readFileSync(".env.local", "utf8").endsWith("\n") ? "\n" : "";
  appendFileSync(".env.local", `${prefix}# Generated for development by scripts/dev-env.mjs. Never reuse it in production.\nAUTH_SECRET=${secret}\n`);
  console.warn("⚠ AUTH_SECRET was not set: generated a development secret into .env.local.");
}
