import { ICalEventRepeatingFreq, ICalWeekday, type ICalRepeatingOptions } from "ical-generator";
import { ALL_MONTHS, type Schedule } from "../core/reminders/schedule.js";

const WEEKDAYS = [ICalWeekday.SU, ICalWeekday.MO, ICalWeekday.TU, ICalWeekday.WE, ICalWeekday.TH, ICalWeekday.FR, ICalWeekday.SA];

const onlyMonths = (months: number[]) => (months.length === ALL_MONTHS.length ? {} : { byMonth: months });

/**
 * The RFC 5545 recurrence rule with the same dates as the schedule, or undefined when there is none (a one-off, or a
 * cron expression, whose OR of day fields RRULE cannot say: those are written as single events instead).
 * "2nd Tuesday" is BYDAY=TU;BYSETPOS=2 within each month; "last Friday" is BYSETPOS=-1. A 31st in a 30-day month is
 * skipped by RRULE exactly as by our schedule.
 */
export function scheduleToRrule(schedule: Schedule): Omit<ICalRepeatingOptions, "exclude"> | undefined {
  switch (schedule.kind) {
    case "weekly":
      return { freq: ICalEventRepeatingFreq.WEEKLY, byDay: schedule.weekdays.map((d) => WEEKDAYS[d]!) };
    case "monthly-day":
      return { freq: ICalEventRepeatingFreq.MONTHLY, byMonthDay: schedule.day, ...onlyMonths(schedule.months) };
    case "monthly-weekday":
      return { freq: ICalEventRepeatingFreq.MONTHLY, byDay: WEEKDAYS[schedule.weekday]!, bySetPos: schedule.nth, ...onlyMonths(schedule.months) };
    case "once":
    case "cron":
      return undefined;
  }
}
