import { addDays, addMonths, type CalendarDate } from "./calendar-date.js";

/** The renewal cycle that contains a day: `start` to `lastDay` inclusive; the next cycle starts the day after. */
export interface RenewalCycle {
  start: CalendarDate;
  lastDay: CalendarDate;
}

/**
 * Cycles repeat every `months` from the anchor (a certification or renewal date, past or future), each boundary computed
 * from the anchor itself so month-end clamping never drifts (anchored Jan 31: Feb 28, Mar 31, ...).
 */
export function renewalCycleContaining(day: CalendarDate, anchor: CalendarDate, months: number): RenewalCycle {
  const [dy, dm] = day.split("-").map(Number) as [number, number];
  const [ay, am] = anchor.split("-").map(Number) as [number, number];
  let k = Math.floor(((dy - ay) * 12 + (dm - am)) / months);
  while (addMonths(anchor, k * months) > day) k -= 1;
  while (addMonths(anchor, (k + 1) * months) <= day) k += 1;
  return { start: addMonths(anchor, k * months), lastDay: addDays(addMonths(anchor, (k + 1) * months), -1) };
}
