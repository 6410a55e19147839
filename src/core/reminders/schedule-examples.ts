/** What the error messages and /reminders help show, so every example given is one the parser accepts (tested). */
export const SCHEDULE_EXAMPLES = [
  "every Monday at 9:00",
  "monthly on the 1st at 9:00",
  "quarterly on the 2nd Tuesday of January, April, July and October at 10:00",
  "on 2027-01-12 at 10:00",
  'cron "0 9 * * 1-5"',
  "every Friday at 15:00 in America/Denver",
];
