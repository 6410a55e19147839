import { tokenizeArguments } from "../../hours/tokenize-arguments.js";
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
// Counting stops here: an every-minute cron makes half a million posts a year, and counting them all
// would hold the bot for seconds while telling the admin nothing more than "very many".
export const MAX_COUNTED_POSTS = 10_000;

/** `/reminders preview [from] [to]`: the channel posts in that window (personal ones stay private). */
export async function previewReminders(args: string, context: CommandContext, deps: RemindersCommandDeps): Promise<CommandOutcome> {
  const dates = tokenizeArguments(args);
  if (dates.length > 2) throw new UserError("reminders.preview-usage", "Give at most two dates, e.g. /reminders preview 2027-01-01 2027-12-31.");
  const { from, to } = previewWindow(dates[0], dates[1], deps.networkZone, context.now);
  const lines: string[] = [];
  let counted = 0;
  for (const post of await deps.planner.stream(from, to, { personal: false, now: context.now })) {
    if (counted === MAX_COUNTED_POSTS) {
      counted++;
      break;
    }
    if (counted++ < MAX_LINES) lines.push(describePost(post));
  }
  const capped = counted > MAX_COUNTED_POSTS;
  if (counted > MAX_LINES) {
    const more = capped ? `more than ${(MAX_COUNTED_POSTS - MAX_LINES).toLocaleString("en-US")} more` : `${counted - MAX_LINES} more`;
    lines.push(`... and ${more} (npm run reminders -- preview lists them all).`);
  }
  const [first, last] = [utcToLocal(from.getTime(), deps.networkZone), utcToLocal(to.getTime() - 1, deps.networkZone)];
  const total = capped ? `More than ${MAX_COUNTED_POSTS.toLocaleString("en-US")}` : String(counted);
  const heading = `${total} channel post(s) from ${formatLocalDate(first)} to ${formatLocalDate(last)} (nothing is posted by a preview):`;
  return {
    reply: { kind: "message", ephemeral: true, title: heading, sections: [{ title: "Posts", lines }], text: [heading, ...lines].join("\n") },
  };
}
