// What the Pwned Passwords stand-in of the e2e suite knows (e2e/support/pwned-passwords/server.ts).
// Each is strong enough for zxcvbn, so only the breach check can refuse it.
const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);

export const PWNED_STANDIN_PORT = E2E_PORT + 34;
export const PWNED_STANDIN_URL = `http://127.0.0.1:${PWNED_STANDIN_PORT}`;

/** Reported as seen in breaches. */
export const BREACHED_PASSWORD = "marmalade submarine orchestra 1987";
/** Its range request is never answered: the check times out and the password is accepted. */
export const UNANSWERED_PASSWORD = "lighthouse keeper whistles at dawn";
