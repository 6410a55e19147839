import { describeUser } from "../../channels/describe-user.js";
import { buildHomeView } from "../../home/build-home-view.js";
import { computePartnerProgress } from "../../hours/compute-partner-progress.js";
import { describeProgress } from "../../hours/describe-progress.js";
import { describeTotals } from "../../hours/describe-totals.js";
import { isSummaryPeriod, periodRange, SUMMARY_PERIODS } from "../../hours/summary-period.js";
import { buildMessageReply } from "../build-message-reply.js";
import { UserError } from "../user-error.js";
import type { HoursSubcommand } from "./hours-subcommand.js";
import { resolveViewedPartner, takeMention } from "./resolve-viewed-partner.js";

/** `/hours`: your dashboard (as on Slack's Home tab). `/hours [week|month|year|cycle|all] [@supervisee]`: totals by kind for the period, then progress on the credential. */
export const hoursSummary: HoursSubcommand = async (words, context, services) => {
  if (words.length === 0) return { reply: await buildHomeView(services, { userKey: context.actor.key, isAdmin: context.isAdmin }, context.now) };
  const { mention, rest } = takeMention(words);
  const word = rest[0]?.toLowerCase() ?? "all";
  if (rest.length > 1 || !isSummaryPeriod(word)) {
    throw new UserError(
      "hours.unknown-subcommand",
      `I don't know "/hours ${words.join(" ")}". Use /hours [${SUMMARY_PERIODS.join("|")}], e.g. /hours month, or /hours undo, edit, delete, export, confirm, pending${context.isAdmin ? ", report" : ""}.`,
    );
  }
  const userKey = await resolveViewedPartner(mention, context, services);
  const progress = await computePartnerProgress(services, userKey, context.now);
  const { range, label } = periodRange(word, progress.today, progress.cycle);
  const totals = word === "all" ? progress.allTime : await services.entries.totals(userKey, range);
  const whose = userKey === context.actor.key ? "Your hours" : `Hours of ${describeUser(userKey)}`;
  return {
    reply: buildMessageReply({
      title: `${whose}, ${label}`,
      sections: [{ title: "Totals", lines: describeTotals(totals) }, ...describeProgress(progress)],
    }),
  };
};
