import { tokenizeArguments } from "../../hours/tokenize-arguments.js";
import type { Delivery } from "../command-outcome.js";
import { formatInZone } from "../../reminders/format-instant.js";
import type { Meeting } from "../../meetings/meeting.js";
import { nextMeetingOccurrence } from "../../meetings/meeting-occurrences.js";
import type { CommandContext } from "../command-context.js";
import type { CommandOutcome } from "../command-outcome.js";
import { UserError } from "../user-error.js";
import { findMeeting } from "./find-meeting.js";
import type { MeetingCommandDeps } from "./meeting-command-deps.js";
import { pickOccurrence } from "./pick-occurrence.js";

const USAGE = "/meeting cancel 3 2027-04-13 (one date) or /meeting cancel 3 (the whole series)";

/**
 * `/meeting cancel <id> [date]` (admins): one occurrence, or the whole meeting. Its channels get a post saying so and
 * whoever said going or maybe (for that occurrence, or the next one) a direct message.
 */
export async function cancelMeeting(args: string, context: CommandContext, deps: MeetingCommandDeps): Promise<CommandOutcome> {
  if (!context.isAdmin) throw new UserError("meetings.admin-only", "Only network admins (ADMINS in Porchlight's configuration) can add or cancel meetings.");
  const [idText, dateText] = tokenizeArguments(args);
  const meeting = await findMeeting(idText, deps, USAGE);
  if (dateText) {
    const occurrence = pickOccurrence(meeting, dateText, context.now);
    await deps.meetings.cancelOccurrence(meeting.id, occurrence, context.now);
    const notice = `Cancelled: ${meeting.title} on ${formatInZone(occurrence, meeting.schedule.zone)}. Other dates are unchanged.`;
    return outcome(notice, await noticeDeliveries(meeting, occurrence, notice, deps));
  }
  await deps.meetings.cancel(meeting.id, context.now);
  const next = nextMeetingOccurrence(meeting, context.now);
  const notice = `Cancelled: ${meeting.title} (${meeting.schedule.source}) will not meet again.`;
  return outcome(notice, next ? await noticeDeliveries(meeting, next, notice, deps) : channelNotices(meeting, notice));
}

async function noticeDeliveries(meeting: Meeting, occurrence: Date, notice: string, deps: MeetingCommandDeps): Promise<Delivery[]> {
  const coming = (await deps.rsvps.answers(meeting.id, occurrence)).filter((r) => r.answer !== "no");
  const dms = coming.map((r): Delivery => ({ to: { kind: "user", userKey: r.userKey }, reply: { kind: "message", ephemeral: true, text: notice } }));
  return [...channelNotices(meeting, notice), ...dms];
}

function channelNotices(meeting: Meeting, notice: string): Delivery[] {
  return meeting.channelKeys.map((channelKey) => ({ to: { kind: "channel", channelKey }, reply: { kind: "message", ephemeral: false, text: notice } }));
}

function outcome(notice: string, deliveries: Delivery[]): CommandOutcome {
  const told = deliveries.filter((d) => d.to.kind === "user").length;
  return {
    reply: { kind: "message", ephemeral: true, text: `${notice}\nPosted to its ${deliveries.length - told === 1 ? "channel" : "channels"}; ${told} ${told === 1 ? "person" : "people"} who said going or maybe got a direct message.` },
    deliveries,
  };
}
