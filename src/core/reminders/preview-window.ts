import { UserError } from "../commands/user-error.js";
import { addDays, compareDates, EARLIEST_YEAR, parseLocalDate } from "./local-date-time.js";
import { localToUtc } from "./local-to-utc.js";
import { utcToLocal } from "./zone-offset.js";

const DEFAULT_DAYS = 30;
/** A preview is for planning a network's year or two; a longer window only costs time. */
export const MAX_PREVIEW_YEARS = 3;
const EXAMPLE = "Example: /reminders preview 2027-01-01 2027-12-31.";

/**
 * The instants from the start of `from` to the end of `to` (both days included, in the network's zone).
 * No `from`: today; no `to`: thirty days on. At most MAX_PREVIEW_YEARS long.
 */
export function previewWindow(fromText: string | undefined, toText: string | undefined, zone: string, now: Date): { from: Date; to: Date } {
  const fromDate = fromText ? dateOrThrow(fromText) : utcToLocal(now.getTime(), zone);
  const toDate = toText ? dateOrThrow(toText) : addDays(fromDate, DEFAULT_DAYS - 1);
  if (compareDates(toDate, fromDate) < 0) throw new UserError("reminders.bad-window", `The end date ${toText} is before the start ${fromText}. ${EXAMPLE}`);
  const longest = { ...fromDate, year: fromDate.year + MAX_PREVIEW_YEARS };
  if (compareDates(toDate, longest) >= 0) {
    throw new UserError(
      "reminders.window-too-long",
      `A preview covers at most ${MAX_PREVIEW_YEARS} years, and ${fromText ?? "today"} to ${toText} is longer. Preview a shorter stretch, e.g. one year at a time. ${EXAMPLE}`,
    );
  }
  const from = localToUtc({ ...fromDate, hour: 0, minute: 0 }, zone);
  const to = localToUtc({ ...addDays(toDate, 1), hour: 0, minute: 0 }, zone);
  return { from, to };
}

function dateOrThrow(text: string) {
  const date = parseLocalDate(text);
  if (!date) throw new UserError("reminders.bad-date", `"${text}" is not a date. Write dates as YYYY-MM-DD. ${EXAMPLE}`);
  if (date.year < EARLIEST_YEAR) {
    throw new UserError("reminders.bad-date", `${text} is before ${EARLIEST_YEAR}, the earliest year reminders cover. ${EXAMPLE}`);
  }
  return date;
}
