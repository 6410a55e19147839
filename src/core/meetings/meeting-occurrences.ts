import { formatLocalDate, type LocalDate } from "../reminders/local-date-time.js";
import { occurrences } from "../reminders/occurrences.js";
import { utcToLocal } from "../reminders/zone-offset.js";
import type { Meeting } from "./meeting.js";

const DAY_MS = 86_400_000;
const YEAR_MS = 366 * DAY_MS;

/** Whether this occurrence was called off on its own. */
export const isCancelled = (meeting: Meeting, at: Date): boolean => meeting.cancelledOccurrences.some((c) => c.getTime() === at.getTime());

/** The meeting's occurrences in [from, to) that are not called off; none before it was added. */
export function meetingOccurrences(meeting: Meeting, from: Date, to: Date): Date[] {
  const start = meeting.createdAt > from ? meeting.createdAt : from;
  return occurrences(meeting.schedule, start, to).filter((at) => !isCancelled(meeting, at));
}

/** The first occurrence at or after `after` (looking five years ahead), not called off. */
export function nextMeetingOccurrence(meeting: Meeting, after: Date): Date | undefined {
  for (let from = after.getTime(); from < after.getTime() + 5 * YEAR_MS; from += YEAR_MS) {
    const [next] = meetingOccurrences(meeting, new Date(from), new Date(from + YEAR_MS));
    if (next) return next;
  }
  return undefined;
}

/** The occurrence on that local date in the meeting's zone (the first, if a cron schedule has several). */
export function meetingOccurrenceOn(meeting: Meeting, date: LocalDate): Date | undefined {
  const wanted = formatLocalDate(date);
  // The local day lies within a day either side of its UTC midnight, whatever the zone.
  const midnight = Date.UTC(date.year, date.month - 1, date.day);
  return occurrences(meeting.schedule, new Date(midnight - DAY_MS), new Date(midnight + 2 * DAY_MS)).find(
    (at) => at >= meeting.createdAt && formatLocalDate(utcToLocal(at.getTime(), meeting.schedule.zone)) === wanted,
  );
}

/** `2027-01-12`: the occurrence's date in the meeting's zone, as buttons and commands name it. */
export const occurrenceDate = (meeting: Meeting, at: Date): string => formatLocalDate(utcToLocal(at.getTime(), meeting.schedule.zone));
