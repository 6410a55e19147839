import type { LocalDateTime } from "./local-date-time.js";
import { zoneOffsetMs } from "./zone-offset.js";

const MINUTE_MS = 60_000;
// No zone changes its offset twice within half a day either side of a wall-clock reading.
const SEARCH_SPAN_MS = 12 * 3_600_000;

/**
 * The instant a wall-clock time happens in `zone`. When clocks fall back and the time happens twice,
 * the first instance; when clocks spring forward and the time never happens, the first minute after the gap.
 */
export function localToUtc(local: LocalDateTime, zone: string): Date {
  const wall = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute);
  const before = zoneOffsetMs(zone, wall - SEARCH_SPAN_MS);
  const after = zoneOffsetMs(zone, wall + SEARCH_SPAN_MS);
  const instances = [...new Set([before, after])]
    .map((offset) => wall - offset)
    .filter((utc) => utc + zoneOffsetMs(zone, utc) === wall)
    .sort((a, b) => a - b);
  if (instances.length > 0) return new Date(instances[0]!);
  return new Date(firstInstantAfterGap(zone, wall - after, wall - before, after));
}

/** Binary search, by minute, for the moment the new offset takes effect: the end of the gap. */
function firstInstantAfterGap(zone: string, low: number, high: number, newOffset: number): number {
  let lo = Math.floor(low / MINUTE_MS);
  let hi = Math.ceil(high / MINUTE_MS);
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (zoneOffsetMs(zone, mid * MINUTE_MS) === newOffset) hi = mid;
    else lo = mid + 1;
  }
  return lo * MINUTE_MS;
}
