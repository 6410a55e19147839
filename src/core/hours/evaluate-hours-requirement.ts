import type { Requirement } from "./credential-rule-set.js";
import type { HoursFacts } from "./hours-facts.js";
import type { RequirementProgress } from "./requirement-progress.js";

type HoursRequirement = Extract<Requirement, { type: "hours" }>;

/** Minutes of the listed kinds in the rule's window against its minimum. */
export function evaluateHoursRequirement(requirement: HoursRequirement, facts: HoursFacts): RequirementProgress {
  const required = Math.round(requirement.minimumHours * 60);
  const windowed = requirement.window === "cycle" ? facts.cycle : { totals: facts.allTime, range: undefined };
  if (!windowed) return { requirement, unit: "minutes", done: 0, required, remaining: required, status: "needs-date" };
  const done = requirement.kinds.reduce((sum, kind) => sum + windowed.totals[kind], 0);
  const pending = requirement.kinds.includes("supervision") ? windowed.totals.pendingSupervision : 0;
  const remaining = Math.max(0, required - done);
  const status = remaining > 0 ? "in-progress" : done - pending < required ? "awaiting-confirmation" : "met";
  return {
    requirement,
    unit: "minutes",
    done,
    required,
    remaining,
    status,
    ...(pending > 0 ? { pendingMinutes: pending } : {}),
    ...(windowed.range ? { deadline: windowed.range.lastDay } : {}),
  };
}
