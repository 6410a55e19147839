import { tokenizeArguments } from "../../hours/tokenize-arguments.js";
import { formatInZone } from "../../reminders/format-instant.js";
import type { RsvpAnswer } from "../../meetings/meeting.js";
import { meetingPost } from "../../meetings/meeting-post.js";
import { occurrenceDate } from "../../meetings/meeting-occurrences.js";
import { describeCounts, rsvpCounts } from "../../meetings/rsvp-counts.js";
import type { CommandContext } from "../command-context.js";
import type { CommandOutcome } from "../command-outcome.js";
import { UserError } from "../user-error.js";
import { findMeeting } from "./find-meeting.js";
import type { MeetingCommandDeps } from "./meeting-command-deps.js";
import { pickOccurrence } from "./pick-occurrence.js";

const USAGE = "/meeting rsvp 3 going (or maybe, no; add a date such as 2027-04-13 for a later one)";

const ANSWERS: Record<string, RsvpAnswer> = { going: "going", yes: "going", maybe: "maybe", no: "no", "can't": "no", cant: "no", not: "no" };
const SAID: Record<RsvpAnswer, string> = { going: "You're going to", maybe: "You might come to", no: "You can't make" };

/** `/meeting rsvp <id> going|maybe|no [date]`: one answer per person per occurrence; answering again changes it. */
export async function rsvpMeeting(args: string, context: CommandContext, deps: MeetingCommandDeps): Promise<CommandOutcome> {
  const [idText, answerText, dateText] = tokenizeArguments(args);
  const meeting = await findMeeting(idText, deps, USAGE);
  const answer = ANSWERS[(answerText ?? "").toLowerCase()];
  if (!answer) throw new UserError("meetings.bad-answer", `Answer going, maybe or no, e.g. ${USAGE}.`);
  const occurrence = pickOccurrence(meeting, dateText, context.now);
  const { stored } = await deps.rsvps.answer({
    meetingId: meeting.id,
    occurrence,
    userKey: context.actor.key,
    answer,
    at: context.now,
    ...(context.deliveryId ? { deliveryId: context.deliveryId } : {}),
  });
  const rsvps = await deps.rsvps.answers(meeting.id, occurrence);
  const counts = rsvpCounts(rsvps);
  const current = rsvps.find((r) => r.userKey === context.actor.key)?.answer ?? answer;
  const when = formatInZone(occurrence, meeting.schedule.zone);
  const reminder = current === "no" ? "" : " You'll get a reminder before it.";
  const text = `${stored ? "" : "Already recorded. "}${SAID[current]} ${meeting.title}, ${when}.${reminder} Answers so far: ${describeCounts(counts)}. Change it any time: /meeting rsvp ${meeting.id} going|maybe|no ${occurrenceDate(meeting, occurrence)}.`;
  return { reply: { kind: "message", ephemeral: true, text }, updatePost: meetingPost(meeting, occurrence, counts) };
}
