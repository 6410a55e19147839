import { describe, expect, it } from "vitest";
import { answerQuestion } from "../../src/core/knowledge/answer-question.js";
import { classifyQuestion } from "../../src/core/knowledge/classify-question.js";
import { focusOf } from "../../src/core/knowledge/question-focus.js";
import { loadKnowledgeBase } from "../../src/search/load-knowledge-base.js";

const knowledge = loadKnowledgeBase();
const ask = (question: string) => answerQuestion(question, knowledge);

describe("questions of fact answered by the entry titled for what they ask", () => {
  it("GIVEN a wh-question THEN its focus is the thing named after the wh-word, and 'kinds of' asks for types", () => {
    expect(focusOf("What staffing models does the chapter describe?")).toEqual({ head: "model", terms: ["staff"], compares: false });
    expect(focusOf("which kinds of training are there?")).toEqual({ head: "type", terms: ["train"], compares: false });
    expect(focusOf("What are clients told?")).toEqual({ terms: [], compares: false });
  });

  it("GIVEN 'how many' THEN the focus is the thing counted, and the entry titled for counting it answers", () => {
    expect(focusOf("how many states certify peers now?")).toEqual({ head: "stat", terms: [], compares: false });
    const reply = ask("in the mt toolkit, how many states have family peer certification");
    expect(reply.citations[0]?.entryId).toBe("mt-history-2020-25-states-certify");
    expect(reply.answer).toMatch(/25/);
  });

  it("GIVEN an ask about what something is not THEN the focus carries the negation", () => {
    expect(focusOf("which duties are we not meant to take on?").terms).toContain("<not>");
    expect(focusOf("why isn't coaching a core competency?").head).toBe("<not>");
  });

  it("GIVEN a question about which roles a supporter does not fill THEN the entry titled for what they are not answers", () => {
    expect(ask("what roles are montana family peer supporters not meant for").citations[0]?.entryId).toBe("mt-not-list-overview");
  });

  it("GIVEN a list question about types of help THEN the entry listing the types answers first", () => {
    expect(ask("what types of help do montana family peer supporters provide").citations[0]?.entryId).toBe("mt-support-types-overview");
    expect(ask("What kinds of support do family peer supporters in Montana give caregivers?").citations[0]?.entryId).toBe("mt-support-types-overview");
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

describe("where to find something", () => {
  it("GIVEN where to look something up THEN the entry titled for where to find it answers first", () => {
    expect(focusOf("where can i look up the forms?").head).toBe("<where>");
    expect(ask("where can i look up job descriptions for nc family partners?").citations[0]?.entryId).toBe("nc-job-descriptions");
  });
});

describe("who may do something, asked as a fact", () => {
  it("GIVEN 'who is allowed to' THEN it asks who, not whether the asker may, and the rule is told as information", () => {
    expect(classifyQuestion("which people are allowed to call themselves a certified peer support specialist in mt?", knowledge.states).asksPermission).toBe(false);
    expect(classifyQuestion("am i allowed to call myself a peer support specialist?", knowledge.states).asksPermission).toBe(true);
    const reply = ask("which people are allowed to call themselves a certified peer support specialist in mt?");
    expect(reply.verdict).toBe("info");
    expect(reply.citations[0]?.entryId).toBe("mt-protected-title-behavioral-health-peer-support-specialist");
  });
});
