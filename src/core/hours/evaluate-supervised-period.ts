import { addMonths, daysBetween } from "./calendar-date.js";
import type { Requirement } from "./credential-rule-set.js";
import type { HoursFacts } from "./hours-facts.js";
import type { RequirementProgress } from "./requirement-progress.js";

type PeriodRequirement = Extract<Requirement, { type: "supervised-period" }>;

/** Days since the first logged supervision against the months the rule asks for; `deadline` is the day it is met. */
export function evaluateSupervisedPeriod(requirement: PeriodRequirement, facts: HoursFacts): RequirementProgress {
  const start = facts.firstSupervisionDate ?? facts.today;
  const metOn = addMonths(start, requirement.months);
  const required = daysBetween(start, metOn);
  const done = facts.firstSupervisionDate ? Math.min(required, daysBetween(start, facts.today)) : 0;
  const remaining = required - done;
  return { requirement, unit: "days", done, required, remaining, status: remaining ? "in-progress" : "met", deadline: metOn };
}
