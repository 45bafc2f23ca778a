// Structured logs: one JSON object per line in production (time, level, message, and the fields
// given), readable text in development. Callers pass named fields only; anything whose name
// suggests a secret is dropped here as well, so a password, token or cookie never reaches a log.
export type LogLevel = "debug" | "info" | "warn" | "error";
export type LogFields = Record<string, string | number | boolean | null | undefined>;

const SECRET_FIELD = /pass(word)?|token|secret|cookie|authorization|session/i;

export function logLine(level: LogLevel, message: string, fields: LogFields = {}, time: Date = new Date()): string {
  const entry: Record<string, unknown> = { time: time.toISOString(), level, msg: message };
  for (const [name, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    entry[name] = SECRET_FIELD.test(name) ? "[redacted]" : value;
  }
  return JSON.stringify(entry);
}

type Sink = (line: string) => void;

// console, not process.stdout: instrumentation.ts is also bundled for the Edge runtime.
function defaultSink(level: LogLevel): Sink {
  return level === "error" || level === "warn" ? console.error : console.log;
}

const RANK: Record<LogLevel, number> = { debug: 0, info: 1, warn: 2, error: 3 };

/** LOG_LEVEL (default info): lines below it are not written. */
export function logsAt(level: LogLevel, env: NodeJS.ProcessEnv = process.env): boolean {
  const threshold = env.LOG_LEVEL?.trim().toLowerCase() as LogLevel | undefined;
  return RANK[level] >= RANK[threshold && threshold in RANK ? threshold : "info"];
}

export function log(level: LogLevel, message: string, fields: LogFields = {}, sink: Sink = defaultSink(level)): void {
  if (!logsAt(level)) return;
  if (process.env.NODE_ENV === "production") {
    sink(logLine(level, message, fields));
    return;
  }
  const rest = Object.entries(fields)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => `${name}=${SECRET_FIELD.test(name) ? "[redacted]" : String(value)}`)
    .join(" ");
  sink(`[${level}] ${message}${rest ? ` ${rest}` : ""}`);
}
