import type { HourEntry, HourEntryChanges } from "../../hours/hour-entry.js";
import { calendarDateIn } from "../../hours/calendar-date.js";
import { describeEntry } from "../../hours/describe-entry.js";
import { formatMinutes, MINUTES_PER_DAY } from "../../hours/minutes.js";
import { supervisorConfirmRequest } from "../../hours/supervisor-confirm-request.js";
import { editEntryForm } from "../../forms/edit-entry-form.js";
import { buildMessageReply } from "../build-message-reply.js";
import { UserError } from "../user-error.js";
import { findOwnEntry, parseEntryId } from "./find-own-entry.js";
import type { HoursSubcommand } from "./hours-subcommand.js";
import { EDIT_USAGE, parseEntryChanges } from "./parse-entry-changes.js";

/** `/hours edit <id> ...`: changes one of your entries (a form with its values when nothing follows the id); the before and after go to the audit trail. */
export const hoursEdit: HoursSubcommand = async (words, context, services) => {
  const entry = await findOwnEntry(parseEntryId(words[0], EDIT_USAGE.split(",")[0]!), context, services);
  if (words.length === 1) return { reply: editEntryForm(entry) };
  const changes = parseEntryChanges(words.slice(1), calendarDateIn(context.now, services.timeZone));
  const next = { ...entry, ...changes };
  if (next.kind === "supervision") {
    const supervisorKey = next.supervisorKey ?? (await services.profiles.get(context.actor.key))?.supervisorKey;
    if (!supervisorKey) {
      throw new UserError("hours.missing-supervisor", "Supervision needs the supervisor who will confirm it, e.g. /hours edit 12 supervision with @sam.");
    }
    if (supervisorKey === context.actor.key) {
      throw new UserError("hours.self-supervision", "You can't be your own supervisor: name the person who supervised you, e.g. /hours edit 12 supervision with @sam.");
    }
    changes.supervisorKey = supervisorKey;
    changes.supervisionFormat = next.supervisionFormat ?? "individual";
  } else {
    clearSupervision(changes, entry);
  }
  if (next.kind === "training" && !next.note) throw new UserError("hours.missing-course", "A training entry names its course, e.g. /hours edit 12 note Motivational Interviewing.");
  const result = await services.entries.update(entry.id, changes, { by: context.actor.key, at: context.now }, { maxDayMinutes: MINUTES_PER_DAY });
  if (result.status === "day-full") {
    throw new UserError("hours.day-over-24-hours", `${next.date} has ${formatMinutes(result.dayMinutes)} in other entries; ${formatMinutes(next.minutes)} more would pass 24 hours. Nothing was changed.`);
  }
  // The supervisor is asked (again) whenever what they must confirm is new to them.
  const askSupervisor = result.after.confirmation === "pending" && (result.before.confirmation !== "pending" || changedSupervision(result.before, result.after));
  return {
    reply: buildMessageReply({ title: `Changed #${entry.id}: was ${describeEntry(result.before)}; now ${describeEntry(result.after)}. The change is kept in the record.` }),
    ...(askSupervisor ? { deliveries: [supervisorConfirmRequest(result.after)] } : {}),
  };
};

function clearSupervision(changes: HourEntryChanges, entry: HourEntry): void {
  if (entry.kind !== "supervision") return;
  changes.supervisorKey = undefined;
  changes.supervisionFormat = undefined;
}

function changedSupervision(before: HourEntry, after: HourEntry): boolean {
  return before.minutes !== after.minutes || before.date !== after.date || before.supervisorKey !== after.supervisorKey;
}
