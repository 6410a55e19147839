import { daysInMonth, type LocalDate, weekdayOf } from "./local-date-time.js";
import type { Schedule } from "./schedule.js";

/** Whether the schedule has any occurrence on this local calendar day. */
export function scheduleMatchesDay(schedule: Schedule, date: LocalDate): boolean {
  switch (schedule.kind) {
    case "weekly":
      return schedule.weekdays.includes(weekdayOf(date));
    case "monthly-day":
      return schedule.months.includes(date.month) && date.day === schedule.day;
    case "monthly-weekday":
      return schedule.months.includes(date.month) && weekdayOf(date) === schedule.weekday && isNthWeekday(date, schedule.nth);
    case "once":
      return date.year === schedule.date.year && date.month === schedule.date.month && date.day === schedule.date.day;
    case "cron": {
      const { fields } = schedule;
      if (!fields.months.has(date.month)) return false;
      const byDay = fields.daysOfMonth.has(date.day);
      const byWeekday = fields.weekdays.has(weekdayOf(date));
      return fields.dayFieldsOred ? byDay || byWeekday : byDay && byWeekday;
    }
  }
}

function isNthWeekday(date: LocalDate, nth: number): boolean {
  if (nth === -1) return date.day + 7 > daysInMonth(date.year, date.month);
  return Math.ceil(date.day / 7) === nth;
}
