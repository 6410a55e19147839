import { describe, expect, it } from "vitest";
import { answerQuestion } from "../../src/core/knowledge/answer-question.js";
import { loadKnowledgeBase } from "../../src/search/load-knowledge-base.js";

const knowledge = loadKnowledgeBase();
const ask = (question: string) => answerQuestion(question, knowledge, { state: "CA" });

// A story that gives how long someone has done the work, asked whether they meet what a requirement recommends.
describe("a story's years of work read against a requirement", () => {
  it.each([
    "Our team lead in Fresno has been a parent peer for only three years, though she runs the office well. Is she the supervisor California's guidance recommends for us?",
    "We want a peer with two years of experience to supervise the parent peer staff. Does that fit what the paper recommends?",
  ])("GIVEN %j THEN the answer is no, from the supervisor qualifications, with the five years", (question) => {
    const reply = ask(question);
    expect(reply.verdict).toBe("not_allowed");
    expect(reply.citations[0]?.entryId).toBe("ca-supervisor-qualifications");
    expect(reply.answer).toMatch(/5\+ years/);
  });

  it("GIVEN a supervisor with eight years of the work THEN the answer is not a no", () => {
    const reply = ask("Our lead has been doing the work as a parent peer for eight years and has managed staff. Is she the kind of supervisor California's guidance recommends?");
    expect(reply.citations[0]?.entryId).toBe("ca-supervisor-qualifications");
    expect(reply.verdict).not.toBe("not_allowed");
  });

  it("GIVEN a supervisor with no lived experience as a parent THEN the answer is no, with the lived-experience requirement", () => {
    const reply = ask("Our agency in Chico named a licensed therapist who never raised a kid in the system to supervise the parent peers. Does that fit what California's guidance recommends?");
    expect(reply.verdict).toBe("not_allowed");
    expect(reply.citations[0]?.entryId).toBe("ca-supervisor-qualifications");
  });
});
