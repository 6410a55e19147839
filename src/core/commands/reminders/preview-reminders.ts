import { describePost } from "../../reminders/describe-post.js";
import { formatLocalDate } from "../../reminders/local-date-time.js";
import { previewWindow } from "../../reminders/preview-window.js";
import { utcToLocal } from "../../reminders/zone-offset.js";
import type { CommandContext } from "../command-context.js";
import type { CommandOutcome } from "../command-outcome.js";
import { UserError } from "../user-error.js";
import type { RemindersCommandDeps } from "./reminders-command-deps.js";

// Slack and Discord cut long messages; the CLI preview has no limit.
const MAX_LINES = 40;

/** `/reminders preview [from] [to]`: the channel posts in that window (personal ones stay private). */
export async function previewReminders(args: string, context: CommandContext, deps: RemindersCommandDeps): Promise<CommandOutcome> {
  const dates = args.split(/\s+/).filter(Boolean);
  if (dates.length > 2) throw new UserError("reminders.preview-usage", "Give at most two dates, e.g. /reminders preview 2027-01-01 2027-12-31.");
  const { from, to } = previewWindow(dates[0], dates[1], deps.networkZone, context.now);
  const posts = await deps.planner.posts(from, to, { personal: false, now: context.now });
  const lines = posts.slice(0, MAX_LINES).map(describePost);
  if (posts.length > MAX_LINES) lines.push(`... and ${posts.length - MAX_LINES} more (npm run reminders -- preview lists them all).`);
  const [first, last] = [utcToLocal(from.getTime(), deps.networkZone), utcToLocal(to.getTime() - 1, deps.networkZone)];
  const heading = `${posts.length} channel post(s) from ${formatLocalDate(first)} to ${formatLocalDate(last)} (nothing is posted by a preview):`;
  return {
    reply: { kind: "message", ephemeral: true, title: heading, sections: [{ title: "Posts", lines }], text: [heading, ...lines].join("\n") },
  };
}
