import { UserError } from "../commands/user-error.js";
import { addDays, addMonths, startOfWeek, type CalendarDate } from "./calendar-date.js";
import type { DateRange } from "./hours-repository.js";
import type { RenewalCycle } from "./renewal-cycle.js";

export const SUMMARY_PERIODS = ["week", "month", "year", "cycle", "all"] as const;
export type SummaryPeriod = (typeof SUMMARY_PERIODS)[number];

export function isSummaryPeriod(word: string): word is SummaryPeriod {
  return (SUMMARY_PERIODS as readonly string[]).includes(word);
}

/** The calendar week (Monday first), month or year containing today, the renewal cycle, or everything. */
export function periodRange(period: SummaryPeriod, today: CalendarDate, cycle?: RenewalCycle): { range: DateRange; label: string } {
  switch (period) {
    case "week": {
      const from = startOfWeek(today);
      return { range: { from, to: addDays(from, 6) }, label: `this week (${from} to ${addDays(from, 6)})` };
    }
    case "month": {
      const from = `${today.slice(0, 7)}-01`;
      return { range: { from, to: addDays(addMonths(from, 1), -1) }, label: `this month (${today.slice(0, 7)})` };
    }
    case "year":
      return { range: { from: `${today.slice(0, 4)}-01-01`, to: `${today.slice(0, 4)}-12-31` }, label: `this year (${today.slice(0, 4)})` };
    case "cycle":
      if (!cycle) {
        throw new UserError(
          "hours.no-cycle",
          "Your renewal cycle needs a credential track with a renewal period and your certification date: /profile track mt-cfpss-maintenance certified 2026-03-01.",
        );
      }
      return { range: { from: cycle.start, to: cycle.lastDay }, label: `this renewal cycle (${cycle.start} to ${cycle.lastDay})` };
    case "all":
      return { range: {}, label: "all time" };
  }
}
