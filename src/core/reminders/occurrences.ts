import { addDays, compareDates, type LocalDate } from "./local-date-time.js";
import { localToUtc } from "./local-to-utc.js";
import type { Schedule, TimeOfDay } from "./schedule.js";
import { scheduleMatchesDay } from "./schedule-matches-day.js";
import { utcToLocal } from "./zone-offset.js";

/**
 * Every instant the schedule fires with from <= instant < to, in order. Wall-clock times are kept across
 * daylight-saving changes; see localToUtc for times that happen twice or not at all.
 */
export function occurrences(schedule: Schedule, from: Date, to: Date): Date[] {
  const result: Date[] = [];
  const startMs = from.getTime();
  const endMs = to.getTime();
  if (endMs <= startMs) return result;
  // A wall time in a gap moves up to a few hours later, so look one day either side and filter by instant.
  const lastDay = addDays(utcToLocal(endMs, schedule.zone), 1);
  let day: LocalDate = addDays(utcToLocal(startMs, schedule.zone), -1);
  if (schedule.kind === "once") day = compareDates(schedule.date, day) >= 0 ? schedule.date : lastDay;
  for (; compareDates(day, lastDay) <= 0; day = addDays(day, 1)) {
    if (!scheduleMatchesDay(schedule, day)) continue;
    for (const time of timesOfDay(schedule)) {
      const instant = localToUtc({ ...day, ...time }, schedule.zone);
      const ms = instant.getTime();
      // Two wall times can land on the same instant when both fall in one spring-forward gap.
      if (ms >= startMs && ms < endMs && result[result.length - 1]?.getTime() !== ms) result.push(instant);
    }
    if (schedule.kind === "once") break;
  }
  return result;
}

function timesOfDay(schedule: Schedule): TimeOfDay[] {
  if (schedule.kind !== "cron") return [schedule.time];
  return schedule.fields.hours.flatMap((hour) => schedule.fields.minutes.map((minute) => ({ hour, minute })));
}
