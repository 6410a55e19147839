import type { KnowledgeBase, KnowledgeHit } from "./knowledge-base.js";
import type { ReadQuestion } from "./question-terms.js";

/**
 * Below this share of the question's meaning matched by the best entry, the answer is "I don't know". Terms count
 * by how telling they are, so "parent" and "family", which every entry has, cannot carry a match on their own.
 */
const MIN_WEIGHTED_COVERAGE = 0.55;
/** Long asks carry words no entry needs; their floor falls to this, from the seventh content term on. */
const MIN_WEIGHTED_COVERAGE_LONG = 0.4;
const SHORT_QUESTION_TERMS = 6;
const MIN_COVERAGE_TWO_TERMS = 0.65;

/** One word or phrase the person typed, as its search terms, and how much it counts toward the question's meaning. */
export interface QuestionTerm {
  terms: string[];
  /** 1 for what the ask says and for the act it is about; less for the story told around it. */
  share: number;
  /** For a word no entry has: the entries' terms nearest in meaning, which cover it in part. */
  near?: readonly string[];
}

/** An entry that has a word's neighbour but not the word covers this share of it: a typed word still counts most. */
const NEIGHBOUR_CREDIT = 0.5;

/**
 * A story told as the question carries background no entry needs (who, where, since when), so an entry answers
 * it by covering this much of the story's known words.
 */
const MIN_STORY_COVERAGE = 0.3;

/** The coverage a question's best entry needs, lower for long asks; the story around the ask does not lengthen it. */
export function coverageFloor(terms: QuestionTerm[], storyAsks = false): number {
  if (storyAsks) return MIN_STORY_COVERAGE;
  const asked = terms.filter((t) => t.share === 1).length;
  // Two words, one of them matched, is a coincidence as often as an answer ("direct deposit").
  if (asked === 2) return MIN_COVERAGE_TWO_TERMS;
  const extra = Math.max(0, asked - SHORT_QUESTION_TERMS);
  return Math.max(MIN_WEIGHTED_COVERAGE_LONG, MIN_WEIGHTED_COVERAGE - extra * 0.05);
}

/** The share of the question's weight that an entry matched: each word the person typed counts once, by its rarest matched term. */
export function weightedCoverage(hit: KnowledgeHit, terms: QuestionTerm[], knowledge: KnowledgeBase): number {
  const matched = new Set(hit.matchedTerms);
  const weightOf = (group: string[]) => Math.max(0, ...group.map((t) => knowledge.termWeight(t)));
  const total = terms.reduce((sum, t) => sum + t.share * weightOf(t.terms), 0);
  if (total === 0) return 0;
  const covered = (t: QuestionTerm) => Math.max(weightOf(t.terms.filter((term) => matched.has(term))), NEIGHBOUR_CREDIT * weightOf((t.near ?? []).filter((term) => matched.has(term))));
  return terms.reduce((sum, t) => sum + t.share * covered(t), 0) / total;
}

/** How much of the question an entry answers: all of it, or, for an entry on the act the message names, its core. */
export function coverageOf(hit: KnowledgeHit, question: ReadQuestion, knowledge: KnowledgeBase): number {
  const asked = weightedCoverage(hit, question.terms, knowledge);
  // Read with its story, a question needs only the story floor, so its coverage counts on the ask's scale.
  const told = question.withStory.length > 0 ? (weightedCoverage(hit, question.withStory, knowledge) * coverageFloor(question.terms)) / MIN_STORY_COVERAGE : 0;
  const whole = Math.min(1, Math.max(asked, told));
  const onTheAct = question.core.length > 0 && hit.matchedTerms.some((t) => question.actTerms.has(t));
  return onTheAct ? Math.max(whole, weightedCoverage(hit, question.core, knowledge)) : whole;
}
