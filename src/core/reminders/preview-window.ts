import { UserError } from "../commands/user-error.js";
import { addDays, parseLocalDate } from "./local-date-time.js";
import { localToUtc } from "./local-to-utc.js";
import { utcToLocal } from "./zone-offset.js";

const DEFAULT_DAYS = 30;

/**
 * The instants from the start of `from` to the end of `to` (both days included, in the network's zone).
 * No `from`: today; no `to`: thirty days on.
 */
export function previewWindow(fromText: string | undefined, toText: string | undefined, zone: string, now: Date): { from: Date; to: Date } {
  const fromDate = fromText ? dateOrThrow(fromText) : utcToLocal(now.getTime(), zone);
  const toDate = toText ? dateOrThrow(toText) : addDays(fromDate, DEFAULT_DAYS - 1);
  const from = localToUtc({ ...fromDate, hour: 0, minute: 0 }, zone);
  const to = localToUtc({ ...addDays(toDate, 1), hour: 0, minute: 0 }, zone);
  if (to <= from) throw new UserError("reminders.bad-window", `The end date ${toText} is before the start ${fromText}. Example: /reminders preview 2027-01-01 2027-12-31.`);
  return { from, to };
}

function dateOrThrow(text: string) {
  const date = parseLocalDate(text);
  if (!date) throw new UserError("reminders.bad-date", `"${text}" is not a date. Write dates as YYYY-MM-DD, e.g. /reminders preview 2027-01-01 2027-12-31.`);
  return date;
}
