import { tokenizeArguments } from "../../hours/tokenize-arguments.js";
import type { CommandContext } from "../command-context.js";
import type { CommandOutcome } from "../command-outcome.js";
import { findMeeting } from "./find-meeting.js";
import type { MeetingCommandDeps } from "./meeting-command-deps.js";

/** `/meeting ics <id>`: the meeting as a calendar file, the whole series when it repeats. */
export async function meetingIcs(args: string, context: CommandContext, deps: MeetingCommandDeps): Promise<CommandOutcome> {
  const meeting = await findMeeting(tokenizeArguments(args)[0], deps, "/meeting ics 3");
  return {
    reply: {
      kind: "file",
      ephemeral: true,
      fileName: `meeting-${meeting.id}.ics`,
      mimeType: "text/calendar",
      content: await deps.calendar.ics(meeting, context.now),
      text: `${meeting.title}: open the file to add it to your calendar (Google Calendar, Outlook, Apple Calendar).`,
    },
  };
}
