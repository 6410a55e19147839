import { describeChannel } from "../../channels/describe-channel.js";
import { describeUser } from "../../channels/describe-user.js";
import { formatInZone } from "../../reminders/format-instant.js";
import { RSVP_ANSWERS } from "../../meetings/meeting.js";
import { nextMeetingOccurrence } from "../../meetings/meeting-occurrences.js";
import { ANSWER_LABELS, describeCounts, rsvpCounts } from "../../meetings/rsvp-counts.js";
import type { ReplySection } from "../../reply.js";
import type { CommandContext } from "../command-context.js";
import type { CommandOutcome } from "../command-outcome.js";
import type { MeetingCommandDeps } from "./meeting-command-deps.js";

/** `/meeting list`: each meeting's next occurrence and its counts; admins (the coordinators) also see who answered. */
export async function listMeetings(context: CommandContext, deps: MeetingCommandDeps): Promise<CommandOutcome> {
  const sections: ReplySection[] = [];
  for (const meeting of await deps.meetings.list()) {
    const next = nextMeetingOccurrence(meeting, context.now);
    const lines = [
      `${meeting.schedule.source}, in ${meeting.channelKeys.map((k) => describeChannel(k, deps.channelNames)).join(", ")}`,
      ...(meeting.place ? [`Where: ${meeting.place}`] : []),
    ];
    if (next) {
      const rsvps = await deps.rsvps.answers(meeting.id, next);
      lines.push(`Next: ${formatInZone(next, meeting.schedule.zone)}: ${describeCounts(rsvpCounts(rsvps))}`);
      const mine = rsvps.find((r) => r.userKey === context.actor.key);
      if (mine) lines.push(`You said: ${ANSWER_LABELS[mine.answer]}`);
      if (context.isAdmin) {
        for (const answer of RSVP_ANSWERS) {
          const who = rsvps.filter((r) => r.answer === answer).map((r) => describeUser(r.userKey));
          if (who.length > 0) lines.push(`${ANSWER_LABELS[answer]}: ${who.join(", ")}`);
        }
      }
    } else {
      lines.push("No occurrence still to come.");
    }
    sections.push({ title: `#${meeting.id} ${meeting.title}`, lines });
  }
  const title = sections.length > 0 ? "Meetings" : "No meetings yet. Admins add one with /meeting add.";
  return {
    reply: {
      kind: "message",
      ephemeral: true,
      title,
      sections,
      text: [title, ...sections.flatMap((s) => [s.title, ...s.lines.map((l) => `  ${l}`)])].join("\n"),
    },
  };
}
