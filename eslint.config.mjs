import { builtinModules } from "node:module";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

// The walls of the house (README, "How a request flows"). Each file set gets one
// no-restricted-imports rule; ESLint does not merge a rule's options across config objects, so a
// narrower set repeats the wider set's restrictions it still needs.

/** Nothing below app/ and components/ calls back up into them. */
const NO_UPWARD = [
  { regex: "^@/(app|components)/", message: "lib/ never imports from app/ or components/: pass what it needs down as arguments." },
];

/** The runtime never loads tooling: migration authoring, test support, benchmarks. */
const NO_TOOLING = [
  { regex: "^@/(scripts|test-support|e2e|bench)/", message: "Runtime code never imports tooling (scripts/, test-support/, e2e/, bench/)." },
];

/** Domain verbs are plain server code, usable from scripts and the JSON API alike. */
const NO_REACT = [{ regex: "^react(-dom)?(/|$)", message: "Domain code never imports React: only the data access layer (lib/auth) may." }];

/** Only the data access layer and domain verbs touch the database. */
const NO_DATABASE = [
  { regex: "^@/lib/db/", message: "Pages and components never reach the database client: call a verb in lib/<domain>/." },
  { regex: "^(@prisma/|pg$|better-sqlite3$)", message: "Pages and components never reach the database: call a verb in lib/<domain>/." },
];

/** What runs on the Edge runtime: Web APIs and jose only. */
const EDGE_ONLY = [
  {
    regex: "^@/(?!lib/edge/)",
    message: "Edge code (middleware.ts, lib/edge/) imports only from lib/edge/: everything else may reach the database, node:* or bcryptjs.",
  },
  { regex: "^\\.\\./", message: "Edge code imports only from lib/edge/." },
  { group: ["node:*", ...builtinModules], message: "Edge code runs without Node's modules: use Web APIs." },
  {
    regex: "^(bcryptjs|server-only|next/headers|next-auth$|@auth/prisma-adapter|@prisma/|pg$|better-sqlite3$|nodemailer|piscina)",
    message: "Not on the Edge runtime: this needs Node or the database.",
  },
];

const restrict = (...patterns) => ["error", { patterns: patterns.flat() }];

const config = [
  ...nextVitals,
  ...nextTypescript,
  {
    ignores: [".next/**", "node_modules/**", "lib/db/generated/**", "test-results/**", "playwright-report/**", "reports/**", ".bench/**", ".e2e/**", "next-env.d.ts"],
  },
  { files: ["app/**/*.{ts,tsx}"], rules: { "no-restricted-imports": restrict(NO_DATABASE, NO_TOOLING) } },
  {
    files: ["components/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": restrict(NO_DATABASE, NO_TOOLING, {
        regex: "^@/app/",
        message: "Components never import from app/: the page passes its server action in as a prop.",
      }),
    },
  },
  { files: ["lib/**/*.{ts,tsx,mjs,mts}"], rules: { "no-restricted-imports": restrict(NO_UPWARD, NO_TOOLING, NO_REACT) } },
  // The data access layer reads the request (next/headers) and caches per request (React cache).
  { files: ["lib/auth/**/*.ts"], rules: { "no-restricted-imports": restrict(NO_UPWARD, NO_TOOLING) } },
  { files: ["lib/edge/**/*.{ts,mjs,mts}"], rules: { "no-restricted-imports": restrict(NO_UPWARD, EDGE_ONLY) } },
  // Tests beside their modules use the shared test support (real databases, SMTP, Redis).
  { files: ["lib/**/*.test.ts", "lib/**/*.cases.ts"], rules: { "no-restricted-imports": restrict(NO_UPWARD) } },
  // A form handled in JavaScript is still a plain form until React hydrates; submitted then, the
  // browser sends it itself, and without method="post" the password goes into the URL.
  {
    files: ["app/**/*.tsx", "components/**/*.tsx"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: 'JSXOpeningElement[name.name="form"]:has(JSXAttribute[name.name="onSubmit"]):not(:has(JSXAttribute[name.name="method"]))',
          message: 'A form with onSubmit says its method: method="post" keeps fields out of the URL if it is submitted before hydration.',
        },
      ],
    },
  },
  {
    files: ["middleware.ts"],
    rules: { "no-restricted-imports": restrict(EDGE_ONLY, { regex: "^\\./(?!lib/edge/)", message: "The middleware imports only from lib/edge/." }) },
  },
];

export default config;
