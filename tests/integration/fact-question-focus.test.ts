import { describe, expect, it } from "vitest";
import { answerQuestion } from "../../src/core/knowledge/answer-question.js";
import { focusOf } from "../../src/core/knowledge/question-focus.js";
import { loadKnowledgeBase } from "../../src/search/load-knowledge-base.js";

const knowledge = loadKnowledgeBase();
const ask = (question: string) => answerQuestion(question, knowledge);

describe("questions of fact answered by the entry titled for what they ask", () => {
  it("GIVEN a wh-question THEN its focus is the thing named after the wh-word, and 'kinds of' asks for types", () => {
    expect(focusOf("What staffing models does the chapter describe?").terms).toEqual(["staff", "model"]);
    expect(focusOf("which kinds of training are there?").terms).toEqual(["train", "type"]);
    expect(focusOf("What are clients told?").terms).toEqual([]);
  });

  it("GIVEN a list question about types of help THEN the entry listing the types answers first", () => {
    const reply = ask("what types of help do montana family peer supporters provide");
    expect(reply.citations[0]?.entryId).toBe("mt-support-types-overview");
  });

  it.each(["fp vs fpc in north carolina?", "north carolina: family partner coordinator versus an ordinary family partner"])(
    "GIVEN the comparison %j THEN the entry comparing the two answers, not 'I don't know'",
    (question) => {
      const reply = ask(question);
      expect(reply.verdict).toBe("info");
      expect(reply.citations[0]?.entryId).toMatch(/^nc-(family-partner-vs-coordinator|soc-fp-and-fpc-compared)$/);
    },
  );
});
