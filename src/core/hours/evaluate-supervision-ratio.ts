import type { Requirement } from "./credential-rule-set.js";
import type { HoursFacts } from "./hours-facts.js";
import type { RequirementProgress } from "./requirement-progress.js";

type RatioRequirement = Extract<Requirement, { type: "supervision-ratio" }>;

/**
 * Supervision against work: `required` is work / ratio, rounded up to a whole minute. The comparison itself is done in
 * integers (supervision x ratio >= work) so 20h of work and exactly 1h of supervision is in ratio, never off by a float.
 * Pending (unconfirmed) supervision counts toward the ratio but is reported so the partner can chase the confirmation.
 */
export function evaluateSupervisionRatio(requirement: RatioRequirement, facts: HoursFacts): RequirementProgress {
  const perHour = requirement.workHoursPerSupervisionHour;
  const windowed = requirement.window === "cycle" ? facts.cycle : { totals: facts.allTime, range: undefined };
  if (!windowed) return { requirement, unit: "minutes", done: 0, required: 0, remaining: 0, status: "needs-date" };
  const work = windowed.totals.work;
  const supervision = windowed.totals.supervision;
  const pending = windowed.totals.pendingSupervision;
  const required = Math.ceil(work / perHour);
  const remaining = Math.max(0, Math.ceil((work - supervision * perHour) / perHour));
  const inRatio = supervision * perHour >= work;
  const confirmedInRatio = (supervision - pending) * perHour >= work;
  const status = !inRatio ? "below-ratio" : confirmedInRatio ? "met" : "awaiting-confirmation";
  return {
    requirement,
    unit: "minutes",
    done: supervision,
    required,
    remaining,
    status,
    ...(pending > 0 ? { pendingMinutes: pending } : {}),
    ...(windowed.range ? { deadline: windowed.range.lastDay } : {}),
  };
}
