import { parseLocalDate } from "../../reminders/local-date-time.js";
import type { Meeting } from "../../meetings/meeting.js";
import { isCancelled, meetingOccurrenceOn, meetingOccurrences, nextMeetingOccurrence, occurrenceDate } from "../../meetings/meeting-occurrences.js";
import { UserError } from "../user-error.js";

const DAY_MS = 86_400_000;

/** The occurrence a command means: the one on `dateText` (YYYY-MM-DD, the meeting's zone), else the next one still to come. */
export function pickOccurrence(meeting: Meeting, dateText: string | undefined, now: Date): Date {
  if (!dateText) {
    const next = nextMeetingOccurrence(meeting, now);
    if (!next) throw new UserError("meetings.no-next", `Meeting #${meeting.id} has no occurrence still to come.`);
    return next;
  }
  const date = parseLocalDate(dateText);
  if (!date) throw new UserError("meetings.bad-date", `"${dateText}" is not a date I can read. Write it as YYYY-MM-DD, e.g. ${upcoming(meeting, now)[0] ?? "2027-01-12"}.`);
  const occurrence = meetingOccurrenceOn(meeting, date);
  if (!occurrence || isCancelled(meeting, occurrence)) {
    const next = upcoming(meeting, now);
    throw new UserError(
      "meetings.no-occurrence",
      `Meeting #${meeting.id} does not meet on ${dateText}${occurrence ? " (that one was cancelled)" : ""}. ${next.length ? `Next: ${next.join(", ")}.` : "It has no occurrence still to come."}`,
    );
  }
  if (occurrence < now) throw new UserError("meetings.past", `Meeting #${meeting.id} on ${dateText} has already happened.`);
  return occurrence;
}

function upcoming(meeting: Meeting, now: Date): string[] {
  return meetingOccurrences(meeting, now, new Date(now.getTime() + 400 * DAY_MS)).slice(0, 3).map((at) => occurrenceDate(meeting, at));
}
