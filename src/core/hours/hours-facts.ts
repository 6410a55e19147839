import type { CalendarDate } from "./calendar-date.js";
import type { KindTotals } from "./kind-totals.js";
import type { RenewalCycle } from "./renewal-cycle.js";

/** What the progress arithmetic needs about one partner, read from storage once. */
export interface HoursFacts {
  today: CalendarDate;
  allTime: KindTotals;
  /** Present when the rule set has a renewal cycle and the partner has a certification date. */
  cycle?: { range: RenewalCycle; totals: KindTotals };
  trainingNotes: string[];
  firstSupervisionDate?: CalendarDate;
}
