import { describe, expect, it } from "vitest";
import { answerQuestion } from "../../src/core/knowledge/answer-question.js";
import { inDomainProbability } from "../../src/core/knowledge/domain-model.js";
import { DOMAIN_EXAMPLES_FINGERPRINT } from "../../src/core/knowledge/generated/domain-word-scores.js";
import { loadKnowledgeBase } from "../../src/search/load-knowledge-base.js";
import { readDomainExamples } from "../../scripts/domain-model/read-domain-examples.js";

const knowledge = loadKnowledgeBase();

describe("the learned domain model: the knowledge base's kind of question, or something else asked at work", () => {
  it("GIVEN the examples THEN the table was trained on them (else: npm run knowledge:domain-model)", () => {
    const rebuild = "the domain model's examples or function words changed since its table was built: run `npm run knowledge:domain-model` and commit src/core/knowledge/generated/domain-word-scores.ts";
    expect(readDomainExamples().fingerprint, rebuild).toBe(DOMAIN_EXAMPLES_FINGERPRINT);
  });

  it.each([
    "How do I get the printer on the 2nd floor to print double-sided?",
    "Any idea if the interstate is icy this morning?",
    "What's a good slow cooker soup for twenty people?",
  ])("GIVEN the off-topic %j THEN the model reads it as surely off-topic and the answer is 'I don't know'", (question) => {
    expect(inDomainProbability(question)).toBeLessThan(0.15);
    expect(answerQuestion(question, knowledge, { state: "MT" }).verdict).toBe("unknown");
  });

  it.each([
    "my sup wants me to tell a dad which meds work best, is that ok",
    "do the supervision hours for cfpss have to be with a licensed person",
  ])("GIVEN %j, typed the way partners write, THEN the model reads it as the knowledge base's", (question) => {
    expect(inDomainProbability(question)).toBeGreaterThanOrEqual(0.6);
  });

  it("GIVEN a text with no word the model reads THEN it says nothing either way", () => {
    expect(inDomainProbability("??? 123")).toBe(0.5);
  });
});

describe("how surely a question is in the domain sets how much of it an entry must cover", () => {
  it("GIVEN a chat question about a family after services end, full of words no entry has, THEN the rules on former clients answer it", () => {
    const answer = answerQuestion("so my fam wants me to join their church potluck every sunday after we close out, is that a boundary thing", knowledge, { state: "MT" });
    expect(answer.verdict).not.toBe("unknown");
    expect(answer.citations.map((c) => c.entryId)).toContain("mt-ethics-former-client-two-year-rule");
  });
});
