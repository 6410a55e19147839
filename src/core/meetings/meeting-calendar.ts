import type { Meeting } from "./meeting.js";

/** Writes a meeting as an iCalendar file (RFC 5545) that calendar apps import. */
export interface MeetingCalendar {
  /** `now` picks where the series starts: its next occurrence, so past ones are not imported. */
  ics(meeting: Meeting, now: Date): Promise<string>;
}
