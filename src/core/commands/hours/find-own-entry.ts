import type { HourEntry } from "../../hours/hour-entry.js";
import type { HoursServices } from "../../hours/hours-services.js";
import type { CommandContext } from "../command-context.js";
import { UserError } from "../user-error.js";

/** Reads `#12` or `12` as an entry id, or explains how to find one. */
export function parseEntryId(word: string | undefined, usage: string): number {
  const match = word === undefined ? null : /^#?(\d{1,12})$/.exec(word);
  if (!match) {
    throw new UserError("hours.invalid-entry-id", `${word === undefined ? "Which entry?" : `"${word}" is not an entry number.`} Use its number from /hours export or a confirmation, e.g. ${usage}.`);
  }
  return Number(match[1]);
}

/** The speaker's own live entry; someone else's entry reads as not found, so ids reveal nothing. */
export async function findOwnEntry(id: number, context: CommandContext, services: HoursServices): Promise<HourEntry> {
  const entry = await services.entries.get(id);
  if (!entry || entry.deletedAt || entry.userKey !== context.actor.key) {
    throw new UserError("hours.entry-not-found", `You have no entry #${id}. Your entries and their numbers are in /hours export.`);
  }
  return entry;
}
