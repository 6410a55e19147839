/** A five-field cron expression expanded to the values each field allows. */
export interface CronFields {
  minutes: number[];
  hours: number[];
  daysOfMonth: Set<number>;
  months: Set<number>;
  /** 0 (Sunday) to 6; a 7 in the expression is read as Sunday. */
  weekdays: Set<number>;
  /** Both day fields restricted: standard cron runs when EITHER matches (Vixie cron rule). */
  dayFieldsOred: boolean;
}
