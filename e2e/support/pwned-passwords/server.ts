// The Pwned Passwords stand-in of the e2e suite, started by playwright.config.ts (webServer):
// the servers under test reach it through PASSWORD_BREACH_API_URL (e2e/support/env.ts).
import { startPwnedPasswordsStandin } from "@/test-support/pwned-passwords-standin";
import { BREACHED_PASSWORD, PWNED_STANDIN_PORT, UNANSWERED_PASSWORD } from "./passwords";

const standin = await startPwnedPasswordsStandin({
  port: PWNED_STANDIN_PORT,
  breached: { [BREACHED_PASSWORD]: 4211 },
  stallOn: [UNANSWERED_PASSWORD],
});
console.log(`Pwned Passwords stand-in on ${standin.url}`);

async function stop() {
  await standin.close();
  process.exit(0);
}
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
