import type { LocalDateTime } from "./local-date-time.js";

const formatters = new Map<string, Intl.DateTimeFormat>();
// Offsets are looked up for the same instants again and again (a thousand partners' 9:00 reminders);
// Intl costs about 5 µs a call here, so each zone remembers the instants it has seen.
const offsetCache = new Map<string, Map<number, number>>();
const CACHE_LIMIT = 200_000;

function formatterFor(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formatters.set(zone, formatter);
  }
  return formatter;
}

/** The wall clock in `zone` at the instant `utcMs` (seconds dropped). */
export function utcToLocal(utcMs: number, zone: string): LocalDateTime {
  const local = new Date(utcMs + zoneOffsetMs(zone, utcMs));
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
  };
}

/** How far `zone`'s wall clock is ahead of UTC at the instant `utcMs`, in milliseconds (negative west of Greenwich). */
export function zoneOffsetMs(zone: string, utcMs: number): number {
  let cache = offsetCache.get(zone);
  if (!cache) offsetCache.set(zone, (cache = new Map()));
  const known = cache.get(utcMs);
  if (known !== undefined) return known;
  const parts: Record<string, number> = {};
  for (const part of formatterFor(zone).formatToParts(new Date(utcMs))) {
    if (part.type !== "literal") parts[part.type] = Number(part.value);
  }
  const wall = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
  const offset = wall - Math.floor(utcMs / 1000) * 1000;
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(utcMs, offset);
  return offset;
}

export function isTimeZone(zone: string): boolean {
  try {
    formatterFor(zone);
    return true;
  } catch {
    return false;
  }
}
