const FORMAT = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export function DateTime({ value, fallback = "—" }: { value: Date | null; fallback?: string }) {
  if (!value) return <>{fallback}</>;
  return <time dateTime={value.toISOString()}>{FORMAT.format(value)} UTC</time>;
}
