import { addDays, calendarDateIn, startOfWeek } from "../../hours/calendar-date.js";
import { weeklyKbReport, type KbWeek } from "../../feedback/weekly-kb-report.js";
import type { Verdict } from "../../reply.js";
import { buildMessageReply } from "../build-message-reply.js";
import { UserError } from "../user-error.js";
import type { KbSubcommand } from "./kb-subcommand.js";

const DEFAULT_WEEKS = 8;
const MAX_WEEKS = 52;
const LEAST_HELPFUL = 5;
const VERDICT_WORDS: [Verdict, string][] = [
  ["not_allowed", "not allowed"],
  ["depends", "depends"],
  ["allowed", "allowed"],
  ["info", "information"],
  ["crisis", "crisis"],
];

/** `/kb report [weeks]`: for coordinators, how the knowledge base fared week by week. Counts only; no question text. */
export const kbReport: KbSubcommand = async (words, _rest, context, services) => {
  if (!context.isAdmin) throw new UserError("kb.admin-only", "/kb report is for network coordinators (ADMINS).");
  const weeks = words[0] === undefined ? DEFAULT_WEEKS : Number(words[0]);
  if (!Number.isInteger(weeks) || weeks < 1 || weeks > MAX_WEEKS || words.length > 1) {
    throw new UserError("kb.invalid-weeks", `Give the number of weeks, 1 to ${MAX_WEEKS}, e.g. /kb report 12 (default ${DEFAULT_WEEKS}).`);
  }
  const today = calendarDateIn(context.now, services.timeZone);
  const from = addDays(startOfWeek(today), -7 * (weeks - 1));
  const [answers, votes, passedOn] = await Promise.all([
    services.feedback.answersByDay(from),
    services.feedback.votesByEntry(from),
    services.feedback.passedOnByDay(from),
  ]);
  const report = weeklyKbReport(from, today, answers, passedOn);
  const total = report.reduce((n, w) => n + w.answers, 0);
  const unknown = report.reduce((n, w) => n + w.unknown, 0);
  const rated = votes
    .filter((v) => v.notHelpful > 0)
    .sort((a, b) => b.notHelpful / (b.helpful + b.notHelpful) - a.notHelpful / (a.helpful + a.notHelpful) || b.notHelpful - a.notHelpful)
    .slice(0, LEAST_HELPFUL);
  return {
    reply: buildMessageReply({
      title: `Knowledge base, last ${weeks} ${weeks === 1 ? "week" : "weeks"}: ${total} answers, ${percent(unknown, total)} "I don't know"`,
      sections: [
        { title: "Answers by week", lines: report.map(weekLine) },
        {
          title: "Rated least helpful",
          lines: rated.length
            ? rated.map((v) => `${services.knowledge.get(v.entryId)?.title ?? v.entryId} (${v.entryId}): ${v.notHelpful} of ${v.helpful + v.notHelpful} not helpful`)
            : ["No answer was rated not helpful."],
        },
        { title: "Passed to the coordinators", lines: [`${report.reduce((n, w) => n + w.passedOn, 0)} questions (their text is only in the questions channel)`] },
      ],
    }),
  };
};

function weekLine(week: KbWeek): string {
  if (week.answers === 0) return `Week of ${week.weekOf}: no answers${week.passedOn ? `; ${week.passedOn} passed on` : ""}`;
  const verdicts = VERDICT_WORDS.filter(([v]) => week.byVerdict[v]).map(([v, word]) => `${word} ${week.byVerdict[v]}`);
  return `Week of ${week.weekOf}: ${week.answers} answers (${verdicts.join(", ") || "none with a verdict"}); I don't know ${week.unknown} (${percent(week.unknown, week.answers)}); ${week.passedOn} passed on`;
}

function percent(part: number, whole: number): string {
  return whole === 0 ? "0%" : `${Math.round((part / whole) * 100)}%`;
}
