import { describeUser } from "../../channels/describe-user.js";
import { calendarDateIn } from "../../hours/calendar-date.js";
import { csvTable } from "../../hours/csv-table.js";
import type { HourEntry } from "../../hours/hour-entry.js";
import { minutesAsDecimalHours } from "../../hours/minutes.js";
import { parseEntryDate } from "../../hours/parse-entry-date.js";
import type { FileReply } from "../../reply.js";
import { UserError } from "../user-error.js";
import type { HoursSubcommand } from "./hours-subcommand.js";
import { resolveViewedPartner, takeMention } from "./resolve-viewed-partner.js";

const HEADER = ["id", "date", "kind", "hours", "minutes", "supervision_format", "supervisor", "confirmation", "confirmed_by", "confirmed_at", "note", "logged_at"];

/** `/hours export [from] [to] [@supervisee]`: every entry in the range as CSV, for an application or a supervisor. */
export const hoursExport: HoursSubcommand = async (words, context, services) => {
  const { mention, rest } = takeMention(words);
  if (rest.length > 2) throw new UserError("hours.invalid-arguments", "Export takes at most two dates, e.g. /hours export 2026-01-01 2026-06-30.");
  const today = calendarDateIn(context.now, services.timeZone);
  const from = rest[0] ? parseEntryDate(rest[0], today) : undefined;
  const to = rest[1] ? parseEntryDate(rest[1], today) : today;
  if (from && from > to) throw new UserError("hours.invalid-range", `The range starts after it ends (${from} to ${to}); put the earlier date first, e.g. /hours export 2026-01-01 2026-06-30.`);
  const userKey = await resolveViewedPartner(mention, context, services);
  const entries = await services.entries.list(userKey, { ...(from ? { from } : {}), to });
  return { reply: exportReply(userKey, entries, from ?? "start", to) };
};

function exportReply(userKey: string, entries: HourEntry[], from: string, to: string): FileReply {
  const rows = entries.map((e) => [
    e.id, e.date, e.kind, minutesAsDecimalHours(e.minutes), e.minutes, e.supervisionFormat, e.supervisorKey,
    e.confirmation, e.confirmedBy, e.confirmedAt, e.note, e.loggedAt,
  ]);
  return {
    kind: "file",
    ephemeral: true,
    fileName: `hours-${userKey.replace(/[^A-Za-z0-9_-]+/g, "-")}-${from}-to-${to}.csv`,
    mimeType: "text/csv",
    content: csvTable(HEADER, rows),
    text: `${entries.length} ${entries.length === 1 ? "entry" : "entries"} of ${describeUser(userKey)}, ${from} to ${to}, as CSV.`,
  };
}
