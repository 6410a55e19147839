import type { CronFields } from "./cron-fields.js";
import type { LocalDate } from "./local-date-time.js";

export interface TimeOfDay {
  hour: number;
  minute: number;
}

/**
 * When a reminder happens, as wall-clock rules in one IANA zone. `source` is the admin's own wording
 * (with the zone made explicit), which is what is stored and shown back.
 */
export type Schedule = { zone: string; source: string } & (
  | { kind: "weekly"; weekdays: number[]; time: TimeOfDay }
  /** Months without that day (the 31st in April) are skipped. */
  | { kind: "monthly-day"; day: number; months: number[]; time: TimeOfDay }
  /** `nth` 1-5, or -1 for the last such weekday of the month. */
  | { kind: "monthly-weekday"; nth: number; weekday: number; months: number[]; time: TimeOfDay }
  | { kind: "once"; date: LocalDate; time: TimeOfDay }
  | { kind: "cron"; expression: string; fields: CronFields }
);

export const ALL_MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
export const QUARTER_MONTHS = [1, 4, 7, 10];
