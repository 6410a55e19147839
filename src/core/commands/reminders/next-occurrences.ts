import { formatInZone } from "../../reminders/format-instant.js";
import { occurrences } from "../../reminders/occurrences.js";
import type { Schedule } from "../../reminders/schedule.js";

// Far enough for a yearly or once-only schedule to show its next dates.
const LOOK_AHEAD_MS = 5 * 366 * 86_400_000;

/** The next `count` times a schedule fires after `now`, as local time in its zone. */
export function nextOccurrences(schedule: Schedule, now: Date, count: number): string[] {
  const upcoming: string[] = [];
  // Step a year at a time so an every-minute cron does not compute five years to show three.
  for (let from = now.getTime(); upcoming.length < count && from < now.getTime() + LOOK_AHEAD_MS; from += 366 * 86_400_000) {
    const next = occurrences(schedule, new Date(from), new Date(from + 366 * 86_400_000));
    upcoming.push(...next.slice(0, count - upcoming.length).map((at) => formatInZone(at, schedule.zone)));
  }
  return upcoming;
}
