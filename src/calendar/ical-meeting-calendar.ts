import { getVtimezoneComponent } from "@touch4it/ical-timezones";
import ical, { type ICalCalendar } from "ical-generator";
import { DateTime } from "luxon";
import type { MeetingCalendar } from "../core/meetings/meeting-calendar.js";
import type { Meeting } from "../core/meetings/meeting.js";
import { meetingOccurrences, nextMeetingOccurrence } from "../core/meetings/meeting-occurrences.js";
import { scheduleToRrule } from "./schedule-to-rrule.js";

const YEAR_MS = 366 * 86_400_000;
// A cron meeting has no RRULE: its next year is written out, one event each, up to this many.
const MAX_SINGLE_EVENTS = 60;

/**
 * iCalendar files by ical-generator: a VTIMEZONE for the meeting's zone (from @touch4it/ical-timezones) and times
 * written as wall-clock times in it (TZID), so a 10:00 meeting stays at 10:00 across daylight-saving changes in any
 * calendar app. Times go through luxon because ical-generator reads a plain Date in the process's own zone.
 */
export function createIcalMeetingCalendar(options: { durationMinutes: number; prodId: string }): MeetingCalendar {
  return {
    async ics(meeting, now) {
      const zone = meeting.schedule.zone;
      const calendar = ical({ prodId: options.prodId, name: meeting.title });
      // No calendar-wide zone: DTSTAMP must stay UTC (RFC 5545 3.8.7.2); the generator still writes each event zone's VTIMEZONE.
      calendar.timezone({ name: null, generator: getVtimezoneComponent });
      const local = (at: Date) => DateTime.fromJSDate(at, { zone });
      const rule = scheduleToRrule(meeting.schedule);
      const first = nextMeetingOccurrence(meeting, now);
      if (!first) return calendar.toString();
      if (rule) {
        const excluded = meeting.cancelledOccurrences.filter((c) => c > first).map(local);
        addEvent(calendar, meeting, first, `meeting-${meeting.id}-${meeting.createdAt.getTime()}@porchlight`, options.durationMinutes, local);
        calendar.events()[0]!.repeating({ ...rule, ...(excluded.length ? { exclude: excluded } : {}) });
      } else {
        const dates = meeting.schedule.kind === "once" ? [first] : meetingOccurrences(meeting, first, new Date(first.getTime() + YEAR_MS)).slice(0, MAX_SINGLE_EVENTS);
        for (const at of dates) addEvent(calendar, meeting, at, `meeting-${meeting.id}-${meeting.createdAt.getTime()}-${at.getTime()}@porchlight`, options.durationMinutes, local);
      }
      return calendar.toString();
    },
  };
}

function addEvent(calendar: ICalCalendar, meeting: Meeting, start: Date, uid: string, minutes: number, local: (at: Date) => DateTime): void {
  calendar.createEvent({
    id: uid,
    start: local(start),
    end: local(new Date(start.getTime() + minutes * 60_000)),
    timezone: meeting.schedule.zone,
    stamp: local(meeting.createdAt),
    summary: meeting.title,
    ...(meeting.place ? { location: meeting.place } : {}),
    ...(/^https?:\/\//.test(meeting.place ?? "") ? { url: meeting.place } : {}),
  });
}
