import { describe, expect, it } from "vitest";
import { answerQuestion } from "../../src/core/knowledge/answer-question.js";
import { SAFETY_LINE } from "../../src/core/knowledge/crisis-answer.js";
import { loadKnowledgeBase } from "../../src/search/load-knowledge-base.js";

const knowledge = loadKnowledgeBase();

describe("risk levels in the answer flow", () => {
  it("GIVEN a weaker sign of risk THEN the normal answer comes, led by one safety line", () => {
    const reply = answerQuestion("how do I say goodbye to a family when services end?", knowledge);
    expect(reply.verdict).not.toBe("crisis");
    expect(reply.answer.startsWith(`${SAFETY_LINE}\n\n`)).toBe(true);
    expect(reply.text).toBe(reply.answer);
    for (const duty of ["911", "988", "supervisor", "mandatory reporter"]) expect(SAFETY_LINE).toContain(duty);
  });

  it("GIVEN a crisis in everyday words THEN crisis guidance replaces the answer", () => {
    const reply = answerQuestion("the kids have been by themselves since friday and there's nothing to eat", knowledge);
    expect(reply.verdict).toBe("crisis");
    expect(reply.answer).toMatch(/911/);
    expect(reply.answer).not.toContain(SAFETY_LINE);
  });

  it("GIVEN someone not breathing THEN the crisis reply opens on a medical emergency", () => {
    const reply = answerQuestion("my client's dad collapsed and isn't breathing", knowledge);
    expect(reply.verdict).toBe("crisis");
    expect(reply.answer).toMatch(/^This sounds like a medical emergency/);
  });

  it("GIVEN a question about a topic THEN the knowledge base answers it with no safety line", () => {
    const reply = answerQuestion("Is suicide prevention part of the core competency training?", knowledge);
    expect(reply.verdict).not.toBe("crisis");
    expect(reply.answer).not.toContain(SAFETY_LINE);
  });
});
