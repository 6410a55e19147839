import { describe, expect, it } from "vitest";
import { answerQuestion } from "../../src/core/knowledge/answer-question.js";
import { loadKnowledgeBase } from "../../src/search/load-knowledge-base.js";

const knowledge = loadKnowledgeBase();
const ask = (question: string) => answerQuestion(question, knowledge, { state: "CA" });

// Background no entry mentions (a town, a child's age, how the parent feels) must not turn a question a yes-rule
// answers into "I don't know": the yes is read on what the request and the ask say.
describe("a yes read past a story's background", () => {
  it("GIVEN a story whose last sentence is the request and an ask in frame words THEN the medication-information rule answers, not 'I don't know'", () => {
    const reply = ask(
      "The grandma I see in Eureka just heard from the prescriber that her 11-year-old grandson could try a mood stabilizer, and she is scared stiff. She wants me to help her look into the medication options before she decides. Is that something I can help with?",
    );
    expect(reply.verdict === "allowed" || reply.verdict === "depends").toBe(true);
    expect(reply.citations[0]?.entryId).toMatch(/^ca-scope-(medication-information|informed-decisions)$/);
  });

  it("GIVEN an ask that names the asker's title THEN the title is not what the yes must cover", () => {
    const reply = ask(
      "A dad I met at the Modesto clinic is confused by the therapies his daughter's care team keeps naming. As a parent peer support specialist, is it within my scope to help him learn about the different treatment options?",
    );
    expect(reply.verdict).toBe("allowed");
    expect(reply.citations[0]?.entryId).toBe("ca-scope-informed-decisions");
  });

  it("GIVEN background and a request no entry allows THEN it still is not a yes", () => {
    const reply = ask("A dad in Yreka is unsure about his son's new pills and keeps calling me at night. He wants me to tell him whether to stop them. Is that something I can help with?");
    expect(reply.verdict).not.toBe("allowed");
  });
});

// "Can I do X or is that Y?": the second half doubts the first in words of its own; the yes covers the first.
describe("an ask that doubts itself", () => {
  it("GIVEN 'can I lead a parent support group or is that only for clinicians' THEN the support-group rule's yes", () => {
    const reply = answerQuestion("can i lead a parent support group as an fps or is that only for clinicians", knowledge, { state: "MT" });
    expect(reply.verdict).toBe("allowed");
    expect(reply.citations[0]?.entryId).toBe("mt-scope-facilitate-support-group");
  });

  it("GIVEN an alternative that is a real second question ('or does it have to be written') THEN it is not read as doubt", () => {
    const reply = answerQuestion("can a grievance just be a phone call or does it have to be written", knowledge, { state: "CA" });
    expect(reply.verdict).not.toBe("allowed");
  });
});
