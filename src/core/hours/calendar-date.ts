/**
 * A calendar date as `YYYY-MM-DD`, the way entries are stored: the day the partner lived it in the network's time zone,
 * not an instant. Arithmetic runs on UTC midnights so no daylight-saving shift can move a date.
 */
export type CalendarDate = string;

/**
 * No entry or certification is dated before this: peer-support credentials in these states are younger,
 * so an earlier date is a typo (1900 for 2000) that would otherwise sit silently in a partner's record.
 */
export const EARLIEST_DATE: CalendarDate = "2000-01-01";

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** The date an instant falls on in a time zone. */
export function calendarDateIn(instant: Date, timeZone: string): CalendarDate {
  // Formatting costs ~2 µs and a /log-hours needs it twice; commands arriving in the same second share the answer.
  // Zone offsets are whole seconds, so a date never changes within one UTC second.
  const second = Math.floor(instant.getTime() / 1000);
  const last = lastDateByZone.get(timeZone);
  if (last?.second === second) return last.date;
  let format = formatters.get(timeZone);
  if (!format) {
    // en-CA formats as YYYY-MM-DD.
    format = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
    formatters.set(timeZone, format);
  }
  const date = format.format(instant);
  lastDateByZone.set(timeZone, { second, date });
  return date;
}

// Building a formatter costs ~70 µs; every command needs one, for one zone.
const formatters = new Map<string, Intl.DateTimeFormat>();
const lastDateByZone = new Map<string, { second: number; date: CalendarDate }>();

/** A real date (not 2026-02-30) built from parts, or undefined. */
export function calendarDateOf(year: number, month: number, day: number): CalendarDate | undefined {
  const utc = new Date(Date.UTC(year, month - 1, day));
  if (utc.getUTCFullYear() !== year || utc.getUTCMonth() !== month - 1 || utc.getUTCDate() !== day) return undefined;
  return utc.toISOString().slice(0, 10);
}

export function isCalendarDate(text: string): boolean {
  const m = ISO_DATE.exec(text);
  return m !== null && calendarDateOf(Number(m[1]), Number(m[2]), Number(m[3])) === text;
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return new Date(toUtc(date) + days * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Adds calendar months; a day that does not exist in the target month clamps to its last day (Jan 31 + 1 month = Feb 28). */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return target.toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return Math.round((toUtc(to) - toUtc(from)) / MS_PER_DAY);
}

/** Monday of the week the date falls in. */
export function startOfWeek(date: CalendarDate): CalendarDate {
  const weekday = new Date(toUtc(date)).getUTCDay();
  return addDays(date, -((weekday + 6) % 7));
}

function toUtc(date: CalendarDate): number {
  return Date.parse(`${date}T00:00:00Z`);
}
