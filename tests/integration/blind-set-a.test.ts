import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { answerQuestion } from "../../src/core/knowledge/answer-question.js";
import { readQuestionSet, scoreQuestionSet, type ScoredQuestion } from "../../src/eval/score-question-set.js";
import { loadKnowledgeBase } from "../../src/search/load-knowledge-base.js";

/**
 * Blind set A: written from the five source documents by an author who never saw the knowledge base, the engine or
 * another set, and frozen before the engine that reads stories and the concept triage were built. Retired here as
 * a regression floor: the figures that judge the engine come from sets it was not tuned on. Floors are raised as
 * the engine improves, never lowered to let a change pass.
 */
const knowledge = loadKnowledgeBase();
const set = (name: string) => readQuestionSet(fileURLToPath(new URL(`../fixtures/blind-a-${name}.jsonl`, import.meta.url)));
const inCategory = (questions: ScoredQuestion[], category: string) => questions.filter((q) => q.category === category);
const verdictOf = (q: ScoredQuestion) => answerQuestion(q.question, knowledge, q.state ? { state: q.state } : {}).verdict;

describe("blind set A as a regression floor", () => {
  it.each([
    // [category, floor]: measured 43/61, 45/63 and 53/63 when set.
    ["story", 0.68],
    ["chat", 0.7],
    ["plain", 0.82],
  ])("GIVEN its %s questions THEN the pass rate stays at or above its floor", (category, floor) => {
    const result = scoreQuestionSet(inCategory(set("knowledge"), category), knowledge);
    expect(result.passed / result.total, result.failures.join("\n")).toBeGreaterThanOrEqual(floor);
  });

  it("GIVEN its off-topic questions THEN at least 90% get 'I don't know'", () => {
    const result = scoreQuestionSet(set("offtopic"), knowledge);
    expect(result.passed / result.total, result.failures.join("\n")).toBeGreaterThanOrEqual(0.9);
  });

  it("GIVEN any of its questions a rule forbids THEN none is answered 'allowed'", () => {
    const forbidden = set("knowledge").filter((q) => !q.verdict.includes("allowed") && q.verdict.includes("not_allowed"));
    expect(forbidden.filter((q) => verdictOf(q) === "allowed").map((q) => q.id)).toEqual([]);
  });

  it("GIVEN its crisis messages THEN every one gets crisis guidance", () => {
    const missed = inCategory(set("crisis"), "crisis").filter((q) => verdictOf(q) !== "crisis");
    expect(missed.map((q) => `${q.id} ${q.question}`)).toEqual([]);
  });

  it("GIVEN its lookalikes THEN at most 3 of 32 are taken for a crisis", () => {
    const alarms = inCategory(set("crisis"), "lookalike").filter((q) => verdictOf(q) === "crisis");
    expect(alarms.length, alarms.map((q) => q.id).join(", ")).toBeLessThanOrEqual(3);
  });
});
