import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { answerQuestion } from "../../src/core/knowledge/answer-question.js";
import { readQuestionSet, type ScoredQuestion } from "../../src/eval/score-question-set.js";
import { loadKnowledgeBase } from "../../src/search/load-knowledge-base.js";

/**
 * Blind set D's crisis messages and lookalikes: written by an author who never saw the engine, frozen, scored
 * before the triage changed (33/50 crisis, 2 of 25 lookalikes taken for a crisis), then used to find missing
 * kinds. Tuned now, so a regression floor, not a measure of unseen wording.
 */
const knowledge = loadKnowledgeBase();
const set = readQuestionSet(fileURLToPath(new URL("../fixtures/blind-d-crisis.jsonl", import.meta.url)));
const inCategory = (category: string) => set.filter((q) => q.category === category);
const verdictOf = (q: ScoredQuestion) => answerQuestion(q.question, knowledge, q.state ? { state: q.state } : {}).verdict;

describe("blind set D's crisis messages as a regression floor", () => {
  it("GIVEN its crisis messages THEN every one gets crisis guidance", () => {
    const missed = inCategory("crisis").filter((q) => verdictOf(q) !== "crisis");
    expect(missed.map((q) => `${q.id} ${q.question}`)).toEqual([]);
  });

  it("GIVEN its lookalikes THEN none is taken for a crisis", () => {
    const alarms = inCategory("lookalike").filter((q) => verdictOf(q) === "crisis");
    expect(alarms.map((q) => q.id)).toEqual([]);
  });
});
