import type { MessageReply } from "../reply.js";
import { formatInZone } from "../reminders/format-instant.js";
import type { Meeting } from "./meeting.js";
import { occurrenceDate } from "./meeting-occurrences.js";
import { ANSWER_LABELS, describeCounts, type RsvpCounts } from "./rsvp-counts.js";

/**
 * The channel post for one occurrence: when, where, the counts so far, and Going / Maybe / Can't buttons that run
 * `/meeting rsvp` as whoever presses them (typed on the console), plus the calendar file.
 */
export function meetingPost(meeting: Meeting, occurrence: Date, counts: RsvpCounts): MessageReply {
  const when = formatInZone(occurrence, meeting.schedule.zone);
  const date = occurrenceDate(meeting, occurrence);
  const answers = describeCounts(counts);
  const sections = [
    { title: "When", lines: [when] },
    ...(meeting.place ? [{ title: "Where", lines: [meeting.place] }] : []),
    { title: "Answers", lines: [answers] },
  ];
  const rsvp = (answer: "going" | "maybe" | "no") => `/meeting rsvp ${meeting.id} ${answer} ${date}`;
  return {
    kind: "message",
    ephemeral: false,
    title: `Meeting #${meeting.id}: ${meeting.title}`,
    sections,
    actions: [
      { label: ANSWER_LABELS.going, command: rsvp("going"), style: "primary" },
      { label: ANSWER_LABELS.maybe, command: rsvp("maybe") },
      { label: ANSWER_LABELS.no, command: rsvp("no") },
      { label: "Add to calendar (.ics)", command: `/meeting ics ${meeting.id}` },
    ],
    text: [`Meeting #${meeting.id}: ${meeting.title}`, `When: ${when}`, ...(meeting.place ? [`Where: ${meeting.place}`] : []), `Answers: ${answers}`].join("\n"),
  };
}
