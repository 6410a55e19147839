import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadKnowledgeBase } from "../../src/search/load-knowledge-base.js";
import { readQuestionSet, scoreQuestions } from "./support/score-question-set.js";

/**
 * Blind set A: written from the five source documents by an author who never saw the knowledge base, the engine or
 * another set, and frozen before the engine that reads stories was built. Retired here as a regression floor; the
 * figures that judge the engine come from sets it was not tuned on. Floors are raised as the engine improves,
 * never lowered to let a change pass.
 */
const knowledge = loadKnowledgeBase();
const set = (name: string) => readQuestionSet(fileURLToPath(new URL(`../fixtures/blind-a-${name}.jsonl`, import.meta.url)));
const byCategory = (name: string, category: string) => set(name).filter((q) => q.category === category);

describe("blind set A as a regression floor", () => {
  it.each([
    // [category, floor]: measured after the story-reading engine landed.
    ["story", 0.42],
    ["chat", 0.64],
    ["plain", 0.8],
  ])("GIVEN its %s questions THEN the pass rate stays at or above its floor", (category, floor) => {
    const result = scoreQuestions(byCategory("knowledge", category), knowledge);
    expect(result.passed / result.total, result.failures.join("\n")).toBeGreaterThanOrEqual(floor);
  });

  it("GIVEN its off-topic questions THEN at least 90% get 'I don't know'", () => {
    const result = scoreQuestions(set("offtopic"), knowledge);
    expect(result.passed / result.total, result.failures.join("\n")).toBeGreaterThanOrEqual(0.9);
  });

  it("GIVEN any of its questions a rule forbids THEN none is answered 'allowed'", () => {
    const forbidden = set("knowledge").filter((q) => !q.verdict.includes("allowed") && q.verdict.includes("not_allowed"));
    const allowed = scoreQuestions(forbidden, knowledge).answers.filter(({ answer }) => answer.verdict === "allowed");
    expect(allowed.map(({ question }) => question.id)).toEqual([]);
  });
});
