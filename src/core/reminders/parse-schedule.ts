import { UserError } from "../commands/user-error.js";
import { EARLIEST_YEAR, parseLocalDate } from "./local-date-time.js";
import { parseCronExpression } from "./parse-cron-expression.js";
import { parseTimeOfDay } from "./parse-time-of-day.js";
import { ALL_MONTHS, QUARTER_MONTHS, type Schedule, type TimeOfDay } from "./schedule.js";
import { SCHEDULE_EXAMPLES } from "./schedule-examples.js";
import { listWords, monthNumber, ordinalNumber, weekdayNumber } from "./schedule-words.js";
import { isTimeZone } from "./zone-offset.js";

type WithoutZone<S> = S extends Schedule ? Omit<S, "zone" | "source"> : never;
/** A schedule's day-and-time rule, before the zone is attached. */
type Rule = WithoutZone<Exclude<Schedule, { kind: "cron" }>>;

/** Reads a schedule as people write it (see SCHEDULE_EXAMPLES), with an optional `in <IANA zone>`. */
export function parseSchedule(text: string, defaultZone: string): Schedule {
  const trimmed = text.trim().replace(/\s+/g, " ");
  const zoneMatch = / in ([A-Za-z_]+(?:\/[A-Za-z0-9_+-]+)*)$/.exec(trimmed);
  const zone = zoneMatch ? zoneMatch[1]! : defaultZone;
  if (!isTimeZone(zone)) {
    throw new UserError("reminders.bad-zone", `"${zone}" is not a time zone I know. Use an IANA name, e.g. "every Monday at 9:00 in America/Denver".`);
  }
  const rule = zoneMatch ? trimmed.slice(0, zoneMatch.index) : trimmed;
  const source = `${rule} in ${zone}`;
  const cron = /^cron "([^"]+)"$/i.exec(rule);
  if (cron) return { kind: "cron", expression: cron[1]!, fields: parseCronExpression(cron[1]!), zone, source };
  return { ...parseRule(rule), zone, source } as Schedule;
}

function parseRule(rule: string): Rule {
  const at = / at (.+)$/i.exec(rule);
  if (!at) throw notUnderstood(rule, "it needs a time, e.g. \"at 9:00\"");
  const time = parseTimeOfDay(at[1]!);
  if (!time) throw notUnderstood(rule, `"${at[1]}" is not a time; write e.g. 9:00, 14:30 or 2:30pm`);
  const when = rule.slice(0, at.index).trim().toLowerCase();

  const once = /^on (\S+)$/.exec(when);
  if (once) {
    const date = parseLocalDate(once[1]!);
    if (!date) throw notUnderstood(rule, `"${once[1]}" is not a date; write it as YYYY-MM-DD, e.g. 2027-01-12`);
    if (date.year < EARLIEST_YEAR) throw notUnderstood(rule, `${once[1]} is before ${EARLIEST_YEAR}, the earliest year a reminder can be set for`);
    return { kind: "once", date, time };
  }
  if (/^(every day|daily)$/.test(when)) return { kind: "weekly", weekdays: [0, 1, 2, 3, 4, 5, 6], time };
  if (/^every weekday$/.test(when)) return { kind: "weekly", weekdays: [1, 2, 3, 4, 5], time };
  const weekly = /^(?:every|weekly on|on) (.+)$/.exec(when);
  if (weekly && !/\bthe\b/.test(weekly[1]!)) return { kind: "weekly", weekdays: weekdays(weekly[1]!, rule), time };

  const monthly = /^(monthly|quarterly|every month|every quarter) on the (\S+)(?: (\S+))?(?: of (.+))?$/.exec(when);
  if (monthly) return monthlyRule(monthly, time, rule);
  throw notUnderstood(rule, "I could not tell which days it means");
}

function monthlyRule(match: RegExpExecArray, time: TimeOfDay, rule: string): Rule {
  const [, period, ordinalWord, weekdayWord, monthsText] = match;
  const defaultMonths = period!.includes("quarter") ? QUARTER_MONTHS : ALL_MONTHS;
  const months = monthsText && !/^(every|each) month$/.test(monthsText) ? monthList(monthsText, rule) : defaultMonths;
  const nth = ordinalNumber(ordinalWord!);
  if (weekdayWord) {
    const weekday = weekdayNumber(weekdayWord);
    if (weekday === undefined) throw notUnderstood(rule, `"${weekdayWord}" is not a weekday`);
    if (nth === undefined || nth === 0 || nth > 5) throw notUnderstood(rule, `"${ordinalWord}" should be 1st to 5th, or last`);
    return { kind: "monthly-weekday", nth, weekday, months, time };
  }
  if (nth === undefined || nth < 1 || nth > 31) throw notUnderstood(rule, `"${ordinalWord}" should be a day of the month, 1st to 31st`);
  return { kind: "monthly-day", day: nth, months, time };
}

function weekdays(text: string, rule: string): number[] {
  const days = listWords(text).map((word) => {
    const day = weekdayNumber(word);
    if (day === undefined) throw notUnderstood(rule, `"${word}" is not a weekday`);
    return day;
  });
  return [...new Set(days)].sort((a, b) => a - b);
}

function monthList(text: string, rule: string): number[] {
  const months = listWords(text).map((word) => {
    const month = monthNumber(word);
    if (month === undefined) throw notUnderstood(rule, `"${word}" is not a month`);
    return month;
  });
  return [...new Set(months)].sort((a, b) => a - b);
}

function notUnderstood(rule: string, why: string): UserError {
  return new UserError(
    "reminders.bad-schedule",
    `I could not read the schedule "${rule}": ${why}. Schedules look like: ${SCHEDULE_EXAMPLES.map((e) => `"${e}"`).join(", ")}.`,
  );
}
