import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readRememberedQuestions } from "../../../scripts/question-memory/label-examples.js";
import { leaveModelSource } from "../../../scripts/leave-model/leave-model-source.js";
import { classifyQuestion } from "../../../src/core/knowledge/classify-question.js";
import { learnedYes, leaveProbabilities } from "../../../src/core/knowledge/learned-leave.js";
import { leaveFeatures } from "../../../src/core/knowledge/leave-features.js";
import { splitQuestion } from "../../../src/core/knowledge/question-parts.js";
import { loadKnowledgeBase } from "../../../src/search/load-knowledge-base.js";

const knowledge = loadKnowledgeBase();
const GENERATED = fileURLToPath(new URL("../../../src/core/knowledge/generated/leave-model-data.ts", import.meta.url));
const entry = (id: string) => knowledge.get(id)!;
const featuresOf = (question: string, entryId: string) => {
  const parts = splitQuestion(question);
  return leaveFeatures(parts.ask, parts.story !== "", classifyQuestion(question, knowledge.states, parts.ask), entry(entryId));
};
const yesShare = (question: string, entryId: string) => leaveProbabilities(featuresOf(question, entryId))[0]!;
const RIDE = "A dad I support works nights and can't get his son to the dentist. Is setting up a ride for them something I can do?";

describe("the learned leave model", () => {
  it("GIVEN the labelled training questions THEN the generated table is what they train", () => {
    const rebuild = "the training questions or the features changed since the leave model was trained: run `npm run knowledge:leave-model` and commit src/core/knowledge/generated/leave-model-data.ts";
    expect(readFileSync(GENERATED, "utf8") === leaveModelSource(readRememberedQuestions(), knowledge), rebuild).toBe(true);
  });

  it("GIVEN 'is this something I can do' of the entry that names it as the role's work THEN it reads a yes", () => {
    expect(yesShare(RIDE, "mt-support-concrete")).toBeGreaterThan(0.9);
  });

  it("GIVEN 'can I take it' of the rule against valuable gifts THEN it does not read a yes", () => {
    expect(yesShare("A mom wants to give me a $300 watch for my birthday. Can I take it?", "mt-ethics-gifts-of-significant-value")).toBeLessThan(0.5);
  });
});

describe("a learned yes", () => {
  const sure = () => featuresOf(RIDE, "mt-support-concrete");

  it("GIVEN an entry that allows, an answer of 'it depends' and the model sure THEN it is a yes", () => {
    expect(learnedYes("depends", entry("mt-support-concrete"), true, sure)).toBe(true);
  });

  it("GIVEN a rule that limits THEN never a yes, and the model is not even asked", () => {
    const unasked = () => {
      throw new Error("the model was asked");
    };
    expect(learnedYes("depends", entry("mt-ethics-gifts-of-significant-value"), true, unasked)).toBe(false);
    expect(learnedYes("info", entry("mt-ethics-dual-relationships"), true, unasked)).toBe(false);
  });

  it("GIVEN an answer already no, or already yes THEN it stays as the rules gave it", () => {
    expect(learnedYes("not_allowed", entry("mt-support-concrete"), true, sure)).toBe(false);
    expect(learnedYes("allowed", entry("mt-support-concrete"), true, sure)).toBe(false);
  });

  it("GIVEN an entry that covers too little of the question for any yes THEN no yes", () => {
    expect(learnedYes("depends", entry("mt-support-concrete"), false, sure)).toBe(false);
  });
});
