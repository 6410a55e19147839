import type { CalendarDate } from "../../hours/calendar-date.js";
import type { HourEntryChanges } from "../../hours/hour-entry.js";
import { kindFromWord, SUPERVISION_FORMATS, type SupervisionFormat } from "../../hours/hour-kind.js";
import { looksLikeDuration, parseDuration } from "../../hours/parse-duration.js";
import { looksLikeEntryDate, parseEntryDate } from "../../hours/parse-entry-date.js";
import { looksLikeMention, parseUserMention } from "../../hours/parse-user-mention.js";
import { UserError } from "../user-error.js";

export const EDIT_USAGE = "/hours edit 12 2h yesterday, /hours edit 12 ceu, /hours edit 12 with @sam or /hours edit 12 note Family Partner 101";

/** The fields named after `/hours edit <id>`, in any order; `note` takes the rest of the line. */
export function parseEntryChanges(words: string[], today: CalendarDate): HourEntryChanges {
  const changes: HourEntryChanges = {};
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const lower = word.toLowerCase();
    if (lower === "note") {
      // A quoted note arrives as one word without its quotes: note "Family Partner 101".
      changes.note = words.slice(i + 1).join(" ").trim();
      break;
    }
    if (lower === "with" && words[i + 1] && looksLikeMention(words[i + 1]!)) continue;
    if (looksLikeMention(word)) changes.supervisorKey = parseUserMention(word);
    else if ((SUPERVISION_FORMATS as readonly string[]).includes(lower)) changes.supervisionFormat = lower as SupervisionFormat;
    else if (kindFromWord(word)) changes.kind = kindFromWord(word)!;
    else if (looksLikeEntryDate(word)) changes.date = parseEntryDate(word, today);
    else if (looksLikeDuration(word)) changes.minutes = parseDuration(word);
    else throw new UserError("hours.invalid-edit", `I don't know what to change with "${word}". Name the new values, e.g. ${EDIT_USAGE}.`);
  }
  if (Object.keys(changes).length === 0) throw new UserError("hours.invalid-edit", `Say what to change, e.g. ${EDIT_USAGE}.`);
  return changes;
}
