import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readQuestionSet, scoreQuestionSet } from "../../src/eval/score-question-set.js";
import { loadKnowledgeBase } from "../../src/search/load-knowledge-base.js";

const knowledge = loadKnowledgeBase();
const score = (file: string) => scoreQuestionSet(readQuestionSet(file), knowledge);

const HELD_OUT = fileURLToPath(new URL("../fixtures/held-out-questions.jsonl", import.meta.url));
const OFF_TOPIC = fileURLToPath(new URL("../fixtures/off-topic-questions.jsonl", import.meta.url));

// The shared development set (44/45 floor) needs the shared evaluation folder beside the clone, so it runs in `npm run eval`.
describe("question sets as regression floors", () => {
  it("GIVEN the held-out set written from the documents THEN the pass rate stays above its floor", () => {
    const result = score(HELD_OUT);
    expect(result.passed / result.total, result.failures.join("\n")).toBeGreaterThanOrEqual(HELD_OUT_FLOOR);
  });

  it("GIVEN everyday questions outside the knowledge base THEN nearly all get 'I don't know' rather than a guess", () => {
    const result = score(OFF_TOPIC);
    // Measured 29/32 when set (the misses are work logistics near covered topics: Zoom links, working from home).
    expect(result.passed / result.total, result.failures.join("\n")).toBeGreaterThanOrEqual(OFF_TOPIC_FLOOR);
  });
});

/** Measured 122/150 when last raised; raised as the knowledge base grows, never lowered to make a change pass. */
const HELD_OUT_FLOOR = 0.8;
const OFF_TOPIC_FLOOR = 0.9;
