// The README's "Token API" curl examples, run as written (bash, curl, node) against the test server.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { expect, test } from "./support/test";
import { E2E_URL } from "./support/env";
import { FIXTURE_USERS } from "./support/users";

function tokenApiExample(): string {
  const readme = readFileSync("README.md", "utf8");
  const section = readme.slice(readme.indexOf("\n## Token API"), readme.indexOf("\n## ", readme.indexOf("\n## Token API") + 1));
  const block = /```bash\n([\s\S]*?)```/.exec(section);
  if (!block) throw new Error("README's Token API section has no bash example");
  return block[1]!;
}

test("the README's Token API example works as written", () => {
  const { email, password } = FIXTURE_USERS.user;
  const output = execFileSync("bash", ["-euo", "pipefail", "-c", tokenApiExample()], {
    env: { ...process.env, GATEHOUSE: E2E_URL, EMAIL: email, PASSWORD: password },
    encoding: "utf8",
    timeout: 30_000,
  });
  const lines = output.trim().split("\n");
  expect(JSON.parse(lines[0]!)).toMatchObject({ email, roles: ["user"] });
  // After the sign-out, the access token is refused.
  expect(lines.at(-1)).toBe("401");
});
