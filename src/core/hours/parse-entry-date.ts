import { UserError } from "../commands/user-error.js";
import { addDays, calendarDateOf, type CalendarDate, EARLIEST_DATE } from "./calendar-date.js";

const EXAMPLE = "use today, yesterday, 2026-11-20 or 11/20, e.g. /log-hours 2h work yesterday";
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const US = /^(\d{1,2})\/(\d{1,2})(?:\/(\d{2}|\d{4}))?$/;

/** True when the word is meant as a date (so the parser stops treating it as the note). */
export function looksLikeEntryDate(word: string): boolean {
  const w = word.toLowerCase();
  return w === "today" || w === "yesterday" || ISO.test(w) || US.test(w) || /^\d{4}-\d/.test(w) || /^\d{1,2}\/\d/.test(w);
}

/**
 * Reads an entry date relative to `today` (the partner's date). `11/20` without a year means the latest 11/20 that is not
 * in the future, so in January `12/30` is last December. A future date or an impossible one is a user error.
 */
export function parseEntryDate(word: string, today: CalendarDate): CalendarDate {
  const w = word.trim().toLowerCase();
  const date = resolve(w, today);
  if (date === undefined) throw new UserError("hours.invalid-date", `I can't read "${word}" as a date: ${EXAMPLE}.`);
  if (date < EARLIEST_DATE) {
    throw new UserError("hours.date-too-early", `${date} is before ${EARLIEST_DATE}, the earliest date an entry can have; check the year: ${EXAMPLE}.`);
  }
  if (date > today) {
    throw new UserError("hours.future-date", `${date} is in the future (today is ${today}); log hours once they are done: ${EXAMPLE}.`);
  }
  return date;
}

function resolve(w: string, today: CalendarDate): CalendarDate | undefined {
  if (w === "today") return today;
  if (w === "yesterday") return addDays(today, -1);
  const iso = ISO.exec(w);
  if (iso) return calendarDateOf(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const us = US.exec(w);
  if (!us) return undefined;
  const month = Number(us[1]);
  const day = Number(us[2]);
  if (us[3] !== undefined) {
    const year = us[3].length === 2 ? 2000 + Number(us[3]) : Number(us[3]);
    return calendarDateOf(year, month, day);
  }
  const thisYear = Number(today.slice(0, 4));
  const candidate = calendarDateOf(thisYear, month, day);
  if (candidate === undefined) return calendarDateOf(thisYear - 1, month, day); // Feb 29 of a past leap year
  return candidate <= today ? candidate : calendarDateOf(thisYear - 1, month, day);
}
