import { noteNamesCourse, normalizeCourseText } from "./course-match.js";
import type { CredentialRuleSet, Requirement } from "./credential-rule-set.js";
import type { HoursFacts } from "./hours-facts.js";
import type { RequirementProgress } from "./requirement-progress.js";

type CoursesRequirement = Extract<Requirement, { type: "courses" }>;
type ElectivesRequirement = Extract<Requirement, { type: "electives" }>;

/** Named courses, each done once any training entry names it. */
export function evaluateCourses(requirement: CoursesRequirement, facts: HoursFacts): RequirementProgress {
  const missing = requirement.courses.filter((c) => !facts.trainingNotes.some((note) => noteNamesCourse(note, c))).map((c) => c.name);
  const required = requirement.courses.length;
  const done = required - missing.length;
  return { requirement, unit: "courses", done, required, remaining: missing.length, status: missing.length ? "in-progress" : "met", missing };
}

/**
 * Distinct electives taken: listed options first, then (if allowed) any other named training that is not one of the
 * set's required courses, counted once per distinct name.
 */
export function evaluateElectives(requirement: ElectivesRequirement, set: CredentialRuleSet, facts: HoursFacts): RequirementProgress {
  const requiredCourses = set.requirements.flatMap((r) => (r.type === "courses" ? r.courses : []));
  const taken = new Set<string>();
  for (const note of facts.trainingNotes) {
    if (requiredCourses.some((c) => noteNamesCourse(note, c))) continue;
    const option = requirement.options.find((c) => noteNamesCourse(note, c));
    if (option) taken.add(`option:${option.name}`);
    else if (requirement.anyOtherTraining && normalizeCourseText(note)) taken.add(`other:${normalizeCourseText(note)}`);
  }
  const done = Math.min(taken.size, requirement.count);
  const remaining = requirement.count - done;
  return { requirement, unit: "courses", done, required: requirement.count, remaining, status: remaining ? "in-progress" : "met" };
}
