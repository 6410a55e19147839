import { parseArgs } from "node:util";
import { consoleText } from "../adapters/console/console-references.js";
import { UserError } from "../core/commands/user-error.js";
import { describePost } from "../core/reminders/describe-post.js";
import { occurrencesFrom } from "../core/reminders/occurrences.js";
import { parseSchedule } from "../core/reminders/parse-schedule.js";
import type { PlannedPost } from "../core/reminders/planned-post.js";
import { previewRecord } from "../core/reminders/preview-record.js";
import { previewWindow } from "../core/reminders/preview-window.js";
import type { ReminderPlanner } from "../core/reminders/reminder-planner.js";

export const REMINDERS_CLI_USAGE = `Usage: npm run reminders -- preview --from 2027-01-01 --to 2027-12-31 [--json] [--schedule "quarterly on the 2nd Tuesday at 10:00"]
Lists every post the configuration would make in that window (dates in the network's zone, both included), in UTC and local time. Nothing is posted.`;

export interface RemindersCliDeps {
  planner: ReminderPlanner;
  networkZone: string;
  now: Date;
  /** A terminal line: references are written as the console writes them. */
  write: (line: string) => void;
}

/** `preview`: every planned post in the window, channel and personal; `--schedule` previews wording not yet stored. */
export async function runRemindersCli(argv: string[], deps: RemindersCliDeps): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { from: { type: "string" }, to: { type: "string" }, json: { type: "boolean", default: false }, schedule: { type: "string" } },
  });
  if (positionals[0] !== "preview") {
    deps.write(REMINDERS_CLI_USAGE);
    return positionals.length === 0 ? 0 : 2;
  }
  try {
    const { from, to } = previewWindow(values.from, values.to, deps.networkZone, deps.now);
    const posts = values.schedule ? scheduleOnly(values.schedule, deps.networkZone, from, to) : await deps.planner.stream(from, to, { personal: true, now: deps.now });
    // Written as computed, so a window with an every-minute cron streams rather than filling memory first.
    let count = 0;
    for (const post of posts) {
      deps.write(values.json ? JSON.stringify(previewRecord(post)) : consoleText(describePost(post)));
      count++;
    }
    if (!values.json) deps.write(`${count} post(s) from ${from.toISOString()} to ${to.toISOString()}; nothing was posted.`);
    return 0;
  } catch (err) {
    if (!(err instanceof UserError)) throw err;
    deps.write(err.message);
    return 2;
  }
}

function* scheduleOnly(text: string, zone: string, from: Date, to: Date): Generator<PlannedPost> {
  const schedule = parseSchedule(text, zone);
  for (const scheduledAt of occurrencesFrom(schedule, from, to)) {
    yield {
      reminderKey: "preview",
      scheduledAt,
      zone: schedule.zone,
      delivery: { to: { kind: "channel", channelKey: "console:#preview" }, reply: { kind: "message", text: schedule.source, ephemeral: false } },
    };
  }
}
