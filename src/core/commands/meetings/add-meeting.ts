import { describeChannel } from "../../channels/describe-channel.js";
import { takeChannels } from "../../channels/resolve-channel-targets.js";
import { nextMeetingOccurrence } from "../../meetings/meeting-occurrences.js";
import { occurrencesFrom } from "../../reminders/occurrences.js";
import { parseSchedule } from "../../reminders/parse-schedule.js";
import type { Schedule } from "../../reminders/schedule.js";
import { splitScheduleAndMessage } from "../../reminders/split-schedule-and-message.js";
import { readArguments, unquoteFreeText } from "../../hours/tokenize-arguments.js";
import type { CommandContext } from "../command-context.js";
import type { CommandOutcome } from "../command-outcome.js";
import { nextOccurrences } from "../reminders/next-occurrences.js";
import { UserError } from "../user-error.js";
import type { MeetingCommandDeps } from "./meeting-command-deps.js";

const USAGE = "/meeting add #network quarterly on the 2nd Tuesday at 10:00 Quarterly family partner meeting at https://zoom.us/j/123";

/** `/meeting add <channel...> <schedule> <title> [at <place or link>]` (admins). */
export async function addMeeting(args: string, context: CommandContext, deps: MeetingCommandDeps): Promise<CommandOutcome> {
  if (!context.isAdmin) throw new UserError("meetings.admin-only", "Only network admins (ADMINS in Porchlight's configuration) can add or cancel meetings. Anyone can answer and see them: /meeting list.");
  const { channelKeys, rest } = takeChannels(args, context.actor.platform, deps.channelNames, USAGE);
  if (channelKeys.length === 0 || !rest) throw new UserError("meetings.add-usage", `Name the channel, the schedule and the title, e.g. ${USAGE}.`);
  const { schedule: scheduleText, typedMessage } = withMeetingUsage(() => splitScheduleAndMessage(rest));
  const schedule = parseSchedule(scheduleText, deps.networkZone);
  refuseTooFrequent(schedule, context.now);
  const { title, place } = splitTitleAndPlace(typedMessage);
  if (!title) throw new UserError("meetings.no-title", `The meeting needs a title before "at", e.g. ${USAGE}.`);
  const meeting = { channelKeys, schedule, title, ...(place ? { place } : {}), createdBy: context.actor.key, createdAt: context.now };
  if (!nextMeetingOccurrence({ ...meeting, id: 0, cancelledOccurrences: [] }, context.now)) {
    throw new UserError("meetings.never", `"${schedule.source}" never happens after now. Pick a future date or a repeating schedule, e.g. ${USAGE}.`);
  }
  const { meeting: stored, created } = await deps.meetings.add({ ...meeting, ...(context.deliveryId ? { deliveryId: context.deliveryId } : {}) });
  if (created) deps.onAdded?.();
  const where = stored.channelKeys.map((k) => describeChannel(k, deps.channelNames)).join(", ");
  const heading = `${created ? "Added" : "Already added"} meeting #${stored.id}: ${stored.title}, ${stored.schedule.source}.`;
  const next = nextOccurrences(stored.schedule, context.now, 3).map((at) => `• ${at}`);
  const lines = [
    `Posted in ${where} with Going / Maybe / Can't buttons: now for the next meeting, then ahead of each one.`,
    ...(stored.place ? [`Where: ${stored.place}`] : []),
  ];
  return {
    reply: {
      kind: "message",
      ephemeral: true,
      title: heading,
      sections: [{ title: "Next meetings", lines: next }, { title: "Posts", lines }],
      text: `${heading}\nNext meetings:\n${next.join("\n")}\n${lines.join("\n")}`,
    },
  };
}

/**
 * The first " at " after the schedule starts the place: "Quarterly meeting at Room 2" -> title, place. A title in
 * quotes may hold "at" itself: "Picnic at the lake" at Riverside Park.
 */
function splitTitleAndPlace(typed: string): { title: string; place?: string } {
  const first = readArguments(typed)[0];
  if (first?.quoted) {
    const after = typed.slice(first.end).trim();
    const place = /^at\s+(.+)$/is.exec(after)?.[1];
    if (after && !place) throw new UserError("meetings.after-title", `After the quoted title, write "at" and the place or link, or nothing, e.g. /meeting add #network "every Monday at 9:00" "Picnic at the lake" at Riverside Park.`);
    return { title: first.text.trim(), ...(place ? { place: unquoteFreeText(place) } : {}) };
  }
  const split = /^(.*?)\s+at\s+(.+)$/is.exec(typed);
  const place = split ? unquoteFreeText(split[2]!) : undefined;
  return { title: (split ? split[1]! : typed).trim(), ...(place ? { place } : {}) };
}

/** The schedule errors are the reminders' own; their examples are rewritten to show /meeting add. */
function withMeetingUsage<T>(parse: () => T): T {
  try {
    return parse();
  } catch (err) {
    if (err instanceof UserError) throw new UserError(err.code.replace(/^reminders\./, "meetings."), err.message.replaceAll("/reminders add", "/meeting add"));
    throw err;
  }
}

// Each occurrence carries its own post, answers and reminders: an every-minute "meeting" made a preview
// plan half a million of them a year and froze the bot (issue 8). Real meetings are hours apart at least.
const MIN_GAP_MS = 3 * 3_600_000;
const OCCURRENCES_CHECKED = 50;

function refuseTooFrequent(schedule: Schedule, now: Date): void {
  let previous: Date | undefined;
  let seen = 0;
  for (const at of occurrencesFrom(schedule, now, new Date(now.getTime() + 5 * 366 * 86_400_000))) {
    if (previous && at.getTime() - previous.getTime() < MIN_GAP_MS) {
      throw new UserError("meetings.too-frequent", `${schedule.source} makes meetings less than 3 hours apart. A meeting repeats at most every 3 hours; for frequent posts use /reminders add. E.g. ${USAGE}.`);
    }
    previous = at;
    if (++seen === OCCURRENCES_CHECKED) return;
  }
}
