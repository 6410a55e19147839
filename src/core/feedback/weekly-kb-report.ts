import { addDays, startOfWeek, type CalendarDate } from "../hours/calendar-date.js";
import type { Verdict } from "../reply.js";
import type { DayCount } from "./knowledge-feedback-repository.js";

export interface KbWeek {
  weekOf: CalendarDate;
  answers: number;
  byVerdict: Partial<Record<Verdict, number>>;
  unknown: number;
  passedOn: number;
}

/** Day counts folded into Monday-to-Sunday weeks, newest first; every week in the range appears, empty or not. */
export function weeklyKbReport(from: CalendarDate, today: CalendarDate, answers: (DayCount & { verdict: Verdict })[], passedOn: DayCount[]): KbWeek[] {
  const weeks = new Map<CalendarDate, KbWeek>();
  for (let week = startOfWeek(from); week <= today; week = addDays(week, 7)) {
    weeks.set(week, { weekOf: week, answers: 0, byVerdict: {}, unknown: 0, passedOn: 0 });
  }
  for (const a of answers) {
    const week = weeks.get(startOfWeek(a.on));
    if (!week) continue;
    week.answers += a.count;
    week.byVerdict[a.verdict] = (week.byVerdict[a.verdict] ?? 0) + a.count;
    if (a.verdict === "unknown") week.unknown += a.count;
  }
  for (const p of passedOn) {
    const week = weeks.get(startOfWeek(p.on));
    if (week) week.passedOn += p.count;
  }
  return [...weeks.values()].reverse();
}
