import type { CredentialRuleSet } from "./credential-rule-set.js";
import { evaluateCourses, evaluateElectives } from "./evaluate-course-requirements.js";
import { evaluateHoursRequirement } from "./evaluate-hours-requirement.js";
import { evaluateSupervisedPeriod } from "./evaluate-supervised-period.js";
import { evaluateSupervisionRatio } from "./evaluate-supervision-ratio.js";
import type { HoursFacts } from "./hours-facts.js";
import type { RequirementProgress } from "./requirement-progress.js";

/** Progress on every requirement of a credential, in the rule set's order. Pure: same facts, same answer. */
export function evaluateRequirements(set: CredentialRuleSet, facts: HoursFacts): RequirementProgress[] {
  return set.requirements.map((requirement) => {
    switch (requirement.type) {
      case "hours":
        return evaluateHoursRequirement(requirement, facts);
      case "supervision-ratio":
        return evaluateSupervisionRatio(requirement, facts);
      case "courses":
        return evaluateCourses(requirement, facts);
      case "electives":
        return evaluateElectives(requirement, set, facts);
      case "supervised-period":
        return evaluateSupervisedPeriod(requirement, facts);
    }
  });
}
