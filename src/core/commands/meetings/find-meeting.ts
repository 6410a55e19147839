import type { Meeting } from "../../meetings/meeting.js";
import type { MeetingCommandDeps } from "./meeting-command-deps.js";
import { UserError } from "../user-error.js";

/** The meeting a `#3` or `3` names, still on; otherwise an error that says how to find the number. */
export async function findMeeting(idText: string | undefined, deps: MeetingCommandDeps, usage: string): Promise<Meeting> {
  const id = Number((idText ?? "").replace(/^#/, ""));
  if (!idText || !Number.isInteger(id) || id < 1) {
    throw new UserError("meetings.no-id", `Name the meeting by its number, e.g. ${usage}. /meeting list shows the numbers.`);
  }
  const meeting = await deps.meetings.get(id);
  if (!meeting) throw new UserError("meetings.unknown", `There is no meeting #${id} (or it was cancelled). /meeting list shows the meetings that are on.`);
  return meeting;
}
