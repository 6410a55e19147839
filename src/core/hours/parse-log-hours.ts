import { UserError } from "../commands/user-error.js";
import type { CalendarDate } from "./calendar-date.js";
import { HOUR_KINDS, kindFromWord, SUPERVISION_FORMATS, type HourKind, type SupervisionFormat } from "./hour-kind.js";
import { looksLikeDuration, parseDuration } from "./parse-duration.js";
import { looksLikeEntryDate, parseEntryDate } from "./parse-entry-date.js";
import { looksLikeMention, parseUserMention } from "./parse-user-mention.js";
import { readArguments, unquoteFreeText } from "./tokenize-arguments.js";

export const LOG_HOURS_USAGE = "/log-hours <hours> <kind> [date] [note], e.g. /log-hours 1.5 work yesterday home visit";
const KINDS = HOUR_KINDS.join(", ");
// A unit typed apart from its number: `2 hours`, `1h 30m`, `90 min`.
const DETACHED_UNIT = /^(?:\d+\s*)?(?:h|hr|hrs|hour|hours|m|min|mins|minute|minutes)$/i;

export interface LogHoursRequest {
  minutes: number;
  kind: HourKind;
  date: CalendarDate;
  note?: string;
  supervisorKey?: string;
  supervisionFormat?: SupervisionFormat;
}

/** Reads `/log-hours` text forgivingly (hours and kind in either order, modifiers in any order), strictly on values. */
export function parseLogHours(text: string, today: CalendarDate): LogHoursRequest {
  const typed = readArguments(text);
  const words = typed.map((w) => w.text);
  if (words.length === 0) throw new UserError("hours.missing-arguments", `Tell me the hours and what they were: ${LOG_HOURS_USAGE}.`);
  const kindFirst = kindFromWord(words[0]!) && words[1] && looksLikeDuration(words[1]) ? words.shift() : undefined;
  if (!looksLikeDuration(words[0]!)) {
    throw new UserError("hours.missing-duration", `Start with how long, e.g. 1.5, 2h or 90m: ${LOG_HOURS_USAGE}.`);
  }
  let durationText = words.shift()!;
  while (words[0] && DETACHED_UNIT.test(words[0]) && !kindFromWord(words[0])) durationText += words.shift();
  const minutes = parseDuration(durationText);
  const kind = readKind(kindFirst ?? words.shift());
  const request: LogHoursRequest = { minutes, kind, date: today };
  let dateSeen = false;
  while (words.length > 0) {
    const word = words[0]!;
    const lower = word.toLowerCase();
    if (kind === "supervision" && (SUPERVISION_FORMATS as readonly string[]).includes(lower)) {
      request.supervisionFormat = lower as SupervisionFormat;
    } else if (kind === "supervision" && lower === "with" && words[1] && looksLikeMention(words[1])) {
      words.shift();
      request.supervisorKey = parseUserMention(words[0]!);
    } else if (kind === "supervision" && looksLikeMention(word)) {
      request.supervisorKey = parseUserMention(word);
    } else if (!dateSeen && looksLikeEntryDate(word)) {
      request.date = parseEntryDate(word, today);
      dateSeen = true;
    } else if (!dateSeen && lower === "on" && words[1] && looksLikeEntryDate(words[1])) {
      // "on 11/20": the date follows.
    } else break;
    words.shift();
  }
  // The note is free text as typed (its own quotes kept), unless it is all in quotes.
  const noteStart = typed[typed.length - words.length]?.start;
  const note = noteStart === undefined ? "" : unquoteFreeText(text.slice(noteStart));
  if (note) request.note = note;
  if (kind === "training" && !note) {
    throw new UserError("hours.missing-course", "Name the course after the kind, e.g. /log-hours 8 training Motivational Interviewing.");
  }
  if (kind === "supervision") request.supervisionFormat ??= "individual";
  return request;
}

function readKind(word: string | undefined): HourKind {
  if (word === undefined) throw new UserError("hours.missing-kind", `Say what the hours were (${KINDS}): ${LOG_HOURS_USAGE}.`);
  const kind = kindFromWord(word);
  if (!kind) throw new UserError("hours.unknown-kind", `"${word}" is not a kind of hours I know; use one of ${KINDS}: ${LOG_HOURS_USAGE}.`);
  return kind;
}
