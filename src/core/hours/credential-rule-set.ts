import { z } from "zod";
import { HOUR_KINDS } from "./hour-kind.js";

const nonEmpty = z.string().trim().min(1);
const positiveHours = z.number().positive().max(100_000);

/** Every rule names where it comes from, so a partner (or an auditor) can check it. */
const cited = {
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "use lowercase words joined by hyphens"),
  label: nonEmpty,
  /** A document registered in states.json; checked when the rule sets load. */
  source: nonEmpty,
  section: nonEmpty,
};

/** `all`: every entry ever logged; `cycle`: entries in the current renewal cycle (needs the partner's certification date). */
const window = z.enum(["all", "cycle"]).default("all");

const hoursRequirement = z.strictObject({
  ...cited,
  type: z.literal("hours"),
  kinds: z.array(z.enum(HOUR_KINDS)).min(1),
  minimumHours: positiveHours,
  /** An upper bound the source gives (CA: core training "up to 72 hours"); informational, never an error. */
  maximumHours: positiveHours.optional(),
  window,
});

const supervisionRatioRequirement = z.strictObject({
  ...cited,
  type: z.literal("supervision-ratio"),
  /** One hour of supervision for every this many hours worked (MT: 20 as a candidate, 40 once certified). */
  workHoursPerSupervisionHour: positiveHours,
  window,
});

const course = z.strictObject({ name: nonEmpty, aliases: z.array(nonEmpty).default([]) });

const coursesRequirement = z.strictObject({
  ...cited,
  type: z.literal("courses"),
  /** Each must appear as a `training` entry whose note names it (or an alias), case and punctuation aside. */
  courses: z.array(course).min(1),
});

const electivesRequirement = z.strictObject({
  ...cited,
  type: z.literal("electives"),
  count: z.number().int().positive(),
  options: z.array(course).default([]),
  /** When true any other named training counts (NC lists "Other"); courses required elsewhere in the set never do. */
  anyOtherTraining: z.boolean().default(false),
});

const supervisedPeriodRequirement = z.strictObject({
  ...cited,
  type: z.literal("supervised-period"),
  /** Months since the first logged supervision (NC: "at least one year" before the PSP test). */
  months: z.number().int().positive(),
});

export const requirementSchema = z.discriminatedUnion("type", [
  hoursRequirement,
  supervisionRatioRequirement,
  coursesRequirement,
  electivesRequirement,
  supervisedPeriodRequirement,
]);

export const credentialRuleSetSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "use lowercase words joined by hyphens"),
    name: nonEmpty,
    /** A state code registered in states.json, or national; checked when the rule sets load. */
    state: nonEmpty,
    /** A renewal cycle in months, counted from the partner's certification date (MT maintenance: 12, CA: 24). */
    cycleMonths: z.number().int().positive().optional(),
    requirements: z.array(requirementSchema).min(1),
  })
  .superRefine((set, ctx) => {
    const ids = new Set<string>();
    set.requirements.forEach((r, i) => {
      if (ids.has(r.id)) ctx.addIssue({ code: "custom", path: ["requirements", i, "id"], message: `'${r.id}' is used twice` });
      ids.add(r.id);
      const usesCycle = (r.type === "hours" || r.type === "supervision-ratio") && r.window === "cycle";
      if (usesCycle && set.cycleMonths === undefined) {
        ctx.addIssue({ code: "custom", path: ["requirements", i, "window"], message: "a cycle window needs cycleMonths on the rule set" });
      }
      if (r.type === "hours" && r.maximumHours !== undefined && r.maximumHours < r.minimumHours) {
        ctx.addIssue({ code: "custom", path: ["requirements", i, "maximumHours"], message: "must not be below minimumHours" });
      }
    });
  });

export type CredentialRuleSet = z.infer<typeof credentialRuleSetSchema>;
export type Requirement = z.infer<typeof requirementSchema>;
export type Course = z.infer<typeof course>;
