import { addMeeting } from "./meetings/add-meeting.js";
import { cancelMeeting } from "./meetings/cancel-meeting.js";
import { listMeetings } from "./meetings/list-meetings.js";
import type { MeetingCommandDeps } from "./meetings/meeting-command-deps.js";
import { meetingIcs } from "./meetings/meeting-ics.js";
import { rsvpMeeting } from "./meetings/rsvp-meeting.js";
import type { CommandHandler } from "./command-handler.js";
import { UserError } from "./user-error.js";

const HELP = [
  "/meeting list: the meetings, their next date and who is coming",
  "/meeting rsvp <number> going|maybe|no [date]: your answer (the buttons on a meeting post do the same)",
  "/meeting ics <number>: a calendar file for Google Calendar, Outlook or Apple Calendar",
  "/meeting add <channel> <schedule> <title> [at <place or link>] (admins), e.g. /meeting add #network quarterly on the 2nd Tuesday at 10:00 Quarterly meeting at https://zoom.us/j/123",
  "/meeting cancel <number> [date] (admins): one date, or the whole series",
];

export function createMeetingCommand(deps: MeetingCommandDeps): CommandHandler {
  return {
    name: "meeting",
    async run(args, context) {
      const [sub = ""] = args.split(/\s+/);
      const rest = args.slice(sub.length).trim();
      switch (sub.toLowerCase()) {
        case "":
        case "list":
          return listMeetings(context, deps);
        case "add":
          return addMeeting(rest, context, deps);
        case "rsvp":
          return rsvpMeeting(rest, context, deps);
        case "ics":
        case "calendar":
          return meetingIcs(rest, context, deps);
        case "cancel":
          return cancelMeeting(rest, context, deps);
        case "help":
          return { reply: { kind: "message", ephemeral: true, text: HELP.join("\n") } };
        default:
          throw new UserError("meetings.unknown-subcommand", `/meeting ${sub} is not something I know. Try:\n${HELP.join("\n")}`);
      }
    },
  };
}
