// Sums the JSON reports of every suite into one "N passed, N failed" line.
// A command that failed without a report (typecheck, lint, db:check, a crash) counts as one failure.
import { existsSync, readFileSync } from "node:fs";

const [testStatus, postgresStatus, topologyStatus = 0] = process.argv.slice(2).map(Number);
let passed = 0;
let failed = 0;

function vitest(file) {
  if (!existsSync(file)) return false;
  const report = JSON.parse(readFileSync(file, "utf8"));
  passed += report.numPassedTests;
  failed += report.numFailedTests + (report.numTotalTestSuites > 0 && report.success === false && report.numFailedTests === 0 ? 1 : 0);
  console.log(`${file}: ${report.numPassedTests} passed, ${report.numFailedTests} failed`);
  return true;
}

function playwright(file) {
  if (!existsSync(file)) return false;
  const { stats } = JSON.parse(readFileSync(file, "utf8"));
  passed += stats.expected;
  failed += stats.unexpected + stats.flaky;
  console.log(`${file}: ${stats.expected} passed, ${stats.unexpected + stats.flaky} failed, ${stats.skipped} skipped`);
  return true;
}

const unit = vitest("reports/unit-results.json");
const e2e = playwright("reports/e2e-results.json");
const pg = vitest("reports/postgres-results.json");
const topology = vitest("reports/topology-results.json");

// npm test stops at the first failing step; a failure before the browser suite leaves no report.
if (testStatus !== 0 && !(unit && e2e && failed > 0)) {
  failed += 1;
  console.log("npm test failed outside a test report (typecheck, lint, db:check or a crash): counted as 1 failure");
}
if (postgresStatus !== 0 && !pg) {
  failed += 1;
  console.log("npm run test:postgres failed without a report: counted as 1 failure");
}

if (topologyStatus !== 0 && !topology) {
  failed += 1;
  console.log("npm run test:topology failed without a report: counted as 1 failure");
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || testStatus !== 0 || postgresStatus !== 0 || topologyStatus !== 0 ? 1 : 0);
