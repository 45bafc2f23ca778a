// The time email-link expiry is judged by. Tests move it with GATEHOUSE_TEST_CLOCK_FILE (a file
// holding an offset in milliseconds) instead of sleeping; without that setting it is Date.now().
import { readFileSync } from "node:fs";
import { settings } from "@/lib/config/settings";

export function now(): Date {
  const file = settings().testClockFile;
  return new Date(Date.now() + (file ? offsetFrom(file) : 0));
}

function offsetFrom(file: string): number {
  try {
    const offset = Number(readFileSync(file, "utf8").trim());
    return Number.isFinite(offset) ? offset : 0;
  } catch {
    return 0;
  }
}
