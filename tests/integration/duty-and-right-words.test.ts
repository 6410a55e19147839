import { describe, expect, it } from "vitest";
import { answerQuestion } from "../../src/core/knowledge/answer-question.js";
import { searchTerm } from "../../src/core/knowledge/search-terms.js";
import { loadKnowledgeBase } from "../../src/search/load-knowledge-base.js";

const knowledge = loadKnowledgeBase();
const ask = (question: string) => answerQuestion(question, knowledge);

describe("plain words for duties and rights", () => {
  it("GIVEN whom to notify about possible neglect THEN the reporting duty answers, naming the supervisor", () => {
    const reply = ask("in montana who do i notify if i suspect a kid is being neglected");
    expect(reply.citations[0]?.entryId).toBe("mt-mandatory-reporting-abuse");
    expect(reply.answer).toMatch(/supervisor/);
  });

  it("GIVEN what a family is entitled to know THEN the rule on accurate information and choice answers, not 'I don't know'", () => {
    const reply = ask("what is a family entitled to know about their options in mt");
    expect(reply.verdict).not.toBe("unknown");
    expect(reply.citations[0]?.entryId).toBe("mt-ethics-accurate-info-and-freedom-of-choice");
  });
});

describe("part of a duty", () => {
  it("GIVEN whether telling only the supervisor is enough THEN the reporting duty answers 'not allowed': it names the authorities too", () => {
    const reply = answerQuestion("If I suspect a parent is neglecting her kids, is it enough to let my supervisor know?", knowledge, { state: "MT" });
    expect(reply.citations[0]?.entryId).toBe("mt-mandatory-reporting-abuse");
    expect(reply.verdict).toBe("not_allowed");
  });

  it("GIVEN volunteer hours or only paid work THEN 'only' in a choice is no part of a duty, and the answer is not 'not allowed'", () => {
    expect(answerQuestion("do volunteer hrs count toward the 1000 for cfpss or only paid work", knowledge, { state: "MT" }).verdict).not.toBe("not_allowed");
  });
});

describe("who decides eligibility", () => {
  it("GIVEN 'eligible' and 'eligibility' THEN they are one search term, and so are 'available' and 'availability'", () => {
    expect(searchTerm("eligibility")).toBe(searchTerm("eligible"));
    expect(searchTerm("availability")).toBe(searchTerm("available"));
  });

  it("GIVEN who decides eligibility for California certification THEN the entry on DHCS determining it answers", () => {
    const reply = ask("in california who decides if i'm eligible for certification, my county?");
    expect(reply.citations[0]?.entryId).toBe("ca-reciprocity-counties");
    expect(reply.answer).toMatch(/DHCS/);
  });
});
