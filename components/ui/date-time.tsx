"use client";

import { useSyncExternalStore } from "react";

const UTC = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
// The viewer's own zone, named ("GMT-5", "BST") so a time is never ambiguous. Spelled out by
// parts: Intl refuses timeZoneName beside dateStyle/timeStyle.
const LOCAL = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", timeZoneName: "short" });

const noChange = () => () => {};

/**
 * A moment in the viewer's time zone, with UTC on hover. The server cannot know the zone, so it
 * renders UTC; hydration reuses that text (the server snapshot) and React then swaps in the local
 * one, without a hydration mismatch.
 */
export function DateTime({ value, fallback = "—" }: { value: Date | null; fallback?: string }) {
  const mounted = useSyncExternalStore(noChange, () => true, () => false);
  if (!value) return <>{fallback}</>;
  const utc = `${UTC.format(value)} UTC`;
  return (
    <time dateTime={value.toISOString()} title={utc}>
      {mounted ? LOCAL.format(value) : utc}
    </time>
  );
}
