import type { KnowledgeEntry, RuleVerdict } from "./knowledge-entry.js";
import type { StoryFacts } from "./story-facts.js";

/**
 * An entry's `when` conditions, read against the facts a story tells: "years-since >= 2" (services ended two years
 * ago or more), "age < 21", "experience-years < 5" (has done the work under five years), "significant-value", "cultural", "no-diploma", "no-need-to-know", "no-lived-experience", "decided-by-another". The first that holds gives the verdict.
 */
export const CONDITION = /^(significant-value|cultural|no-diploma|no-need-to-know|no-lived-experience|decided-by-another)$|^(age|years-since|experience-years) (<|>=) (\d+(?:\.\d+)?)$/;

export function holds(condition: string, facts: StoryFacts): boolean {
  const m = CONDITION.exec(condition);
  if (!m) return false;
  if (m[1] === "significant-value") return facts.significantValue;
  if (m[1] === "cultural") return facts.cultural;
  if (m[1] === "no-diploma") return facts.noDiploma;
  if (m[1] === "no-need-to-know") return facts.noNeedToKnow;
  if (m[1] === "decided-by-another") return facts.decidedByAnother;
  if (m[1] === "no-lived-experience") return facts.noLivedExperience;
  const value = valueOf(m[2]!, facts);
  if (value === undefined) return false;
  return m[3] === "<" ? value < Number(m[4]) : value >= Number(m[4]);
}

function valueOf(fact: string, facts: StoryFacts): number | undefined {
  return fact === "age" ? facts.age : fact === "experience-years" ? facts.experienceYears : facts.yearsSince;
}

/** Whether the story tells the fact one of the entry's conditions reads, whichever side of it the story falls on. */
export function bearsOn(entry: KnowledgeEntry, facts: StoryFacts): boolean {
  return entry.when.some((c) => {
    const m = CONDITION.exec(c.if);
    if (!m) return false;
    if (m[1]) return holds(c.if, facts);
    return valueOf(m[2]!, facts) !== undefined;
  });
}

/** The verdict the story's facts give this entry, if one of its conditions holds. */
export function verdictGivenFacts(entry: KnowledgeEntry, facts: StoryFacts): RuleVerdict | undefined {
  return entry.when.find((c) => holds(c.if, facts))?.verdict;
}
