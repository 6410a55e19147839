import { addDays, compareDates, type LocalDate } from "./local-date-time.js";
import { localToUtc } from "./local-to-utc.js";
import type { Schedule, TimeOfDay } from "./schedule.js";
import { scheduleMatchesDay } from "./schedule-matches-day.js";
import { utcToLocal, zoneOffsetMs } from "./zone-offset.js";

const HOUR_MS = 3_600_000;

/** Every instant the schedule fires with from <= instant < to, in order. See occurrencesFrom. */
export function occurrences(schedule: Schedule, from: Date, to: Date): Date[] {
  return [...occurrencesFrom(schedule, from, to)];
}

/**
 * The instants the schedule fires with from <= instant < to, oldest first, computed one day at a time
 * as they are asked for: the next post of an every-minute cron costs one day's work, not a year's.
 * Wall-clock times are kept across daylight-saving changes; see localToUtc for times that happen twice or not at all.
 */
export function* occurrencesFrom(schedule: Schedule, from: Date, to: Date): Generator<Date> {
  const startMs = from.getTime();
  const endMs = to.getTime();
  if (endMs <= startMs) return;
  // A wall time in a gap moves up to a few hours later, so look one day either side and filter by instant.
  const lastDay = addDays(utcToLocal(endMs, schedule.zone), 1);
  let day: LocalDate = addDays(utcToLocal(startMs, schedule.zone), -1);
  if (schedule.kind === "once") day = compareDates(schedule.date, day) >= 0 ? schedule.date : lastDay;
  const times = timesOfDay(schedule);
  let previousMs: number | undefined;
  for (; compareDates(day, lastDay) <= 0; day = addDays(day, 1)) {
    if (!scheduleMatchesDay(schedule, day)) continue;
    const toInstant = instantsOfDay(day, schedule.zone);
    for (const time of times) {
      const ms = toInstant(time);
      if (ms >= endMs) return;
      // Two wall times can land on the same instant when both fall in one spring-forward gap.
      if (ms >= startMs && previousMs !== ms) yield new Date(ms);
      previousMs = ms;
    }
    if (schedule.kind === "once") return;
  }
}

/**
 * Turns wall times of one day into instants. On the ~363 days a year with one offset all day that is
 * a subtraction (an every-minute cron has 1,440 times a day); on a changeover day, localToUtc's rules.
 */
function instantsOfDay(day: LocalDate, zone: string): (time: TimeOfDay) => number {
  const midnight = Date.UTC(day.year, day.month - 1, day.day);
  const offset = zoneOffsetMs(zone, midnight - 14 * HOUR_MS);
  if (zoneOffsetMs(zone, midnight + 38 * HOUR_MS) === offset) {
    return (time) => midnight + time.hour * HOUR_MS + time.minute * 60_000 - offset;
  }
  return (time) => localToUtc({ ...day, ...time }, zone).getTime();
}

function timesOfDay(schedule: Schedule): TimeOfDay[] {
  if (schedule.kind !== "cron") return [schedule.time];
  return schedule.fields.hours.flatMap((hour) => schedule.fields.minutes.map((minute) => ({ hour, minute })));
}
