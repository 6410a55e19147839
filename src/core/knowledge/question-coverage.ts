import type { KnowledgeBase, KnowledgeHit } from "./knowledge-base.js";

/**
 * Below this share of the question's meaning matched by the best entry, the answer is "I don't know". Terms count
 * by how telling they are, so "parent" and "family", which every entry has, cannot carry a match on their own.
 */
const MIN_WEIGHTED_COVERAGE = 0.55;
/**
 * Long questions tell a story ("my son is 23 now but he was 16 when ..."), and the story's words are in no entry;
 * their floor falls to this, from the seventh content term on.
 */
const MIN_WEIGHTED_COVERAGE_LONG = 0.4;
const SHORT_QUESTION_TERMS = 6;

/** The coverage a question's best entry needs, lower for long questions. */
export function coverageFloor(terms: string[][]): number {
  const extra = Math.max(0, terms.length - SHORT_QUESTION_TERMS);
  return Math.max(MIN_WEIGHTED_COVERAGE_LONG, MIN_WEIGHTED_COVERAGE - extra * 0.05);
}

/** The share of the question's weight that an entry matched: each word the person typed counts once, by its rarest matched term. */
export function weightedCoverage(hit: KnowledgeHit, terms: string[][], knowledge: KnowledgeBase): number {
  const matched = new Set(hit.matchedTerms);
  const weightOf = (group: string[]) => Math.max(0, ...group.map((t) => knowledge.termWeight(t)));
  const total = terms.reduce((sum, group) => sum + weightOf(group), 0);
  if (total === 0) return 0;
  return terms.reduce((sum, group) => sum + weightOf(group.filter((t) => matched.has(t))), 0) / total;
}
