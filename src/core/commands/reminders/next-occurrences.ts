import { formatInZone } from "../../reminders/format-instant.js";
import { occurrencesFrom } from "../../reminders/occurrences.js";
import type { Schedule } from "../../reminders/schedule.js";

// Far enough for a yearly or once-only schedule to show its next dates.
const LOOK_AHEAD_MS = 5 * 366 * 86_400_000;

/** The next `count` times a schedule fires after `now`, as local time in its zone; only those are computed. */
export function nextOccurrences(schedule: Schedule, now: Date, count: number): string[] {
  const upcoming: string[] = [];
  if (count <= 0) return upcoming;
  for (const at of occurrencesFrom(schedule, now, new Date(now.getTime() + LOOK_AHEAD_MS))) {
    upcoming.push(formatInZone(at, schedule.zone));
    if (upcoming.length === count) break;
  }
  return upcoming;
}
