import { describe, expect, it } from "vitest";
import { answerQuestion } from "../../src/core/knowledge/answer-question.js";
import { loadKnowledgeBase } from "../../src/search/load-knowledge-base.js";

const knowledge = loadKnowledgeBase();
const ask = (question: string, state?: "MT" | "CA" | "NC") => answerQuestion(question, knowledge, state ? { state } : {});

describe("answering questions", () => {
  it("GIVEN a medication question THEN the verdict is not allowed, says what to do instead and cites the rule", () => {
    const reply = ask("can i tell a mom to stop her kid's meds?");
    expect(reply.verdict).toBe("not_allowed");
    expect(reply.answer).toMatch(/What you can do:/);
    expect(reply.citations[0]?.document).toBe("mt-family-peer-support-toolkit");
  });

  it("GIVEN the same CEU question from Montana and from California THEN each gets its own state's rule first", () => {
    const montana = ask("How many CEUs do I need to keep my certification?", "MT");
    const california = ask("How many CEUs do I need to keep my certification?", "CA");
    expect(montana.citations[0]?.document).toBe("mt-family-peer-support-toolkit");
    expect(california.citations[0]?.document).toBe("ca-parent-peer-support-specialist");
    expect(montana.answer).toMatch(/California differs/);
  });

  it("GIVEN a state named in the question THEN it beats the asker's profile state", () => {
    expect(ask("How old do I have to be to do this work in Montana?", "CA").citations[0]?.document).toBe("mt-family-peer-support-toolkit");
  });

  it.each(["What's the weather going to be tomorrow?", "Can you help me pick a fantasy football team?", "best pizza in Helena?", "asdf qwer"])(
    "GIVEN the off-topic %j THEN the answer is unknown, cites nothing and points to the supervisor",
    (question) => {
      const reply = ask(question);
      expect(reply.verdict).toBe("unknown");
      expect(reply.citations).toEqual([]);
      expect(reply.answer).toMatch(/supervisor/);
    },
  );

  it("GIVEN a message about a suicidal child THEN crisis guidance comes first with the reporting rule cited", () => {
    const reply = ask("A dad told me his daughter wants to kill herself, what should I do?");
    expect(reply.verdict).toBe("crisis");
    expect(reply.answer.split("\n")[1]).toMatch(/911/);
    expect(reply.answer).toMatch(/988/);
    expect(reply.answer).toMatch(/supervisor/);
    expect(reply.citations[0]?.entryId).toBe("mt-report-imminent-harm");
  });

  it("GIVEN a California partner in a crisis THEN California's reporting rule leads, Montana's follows", () => {
    const reply = ask("a mom told me her son wants to kill himself", "CA");
    expect(reply.citations[0]?.document).toBe("ca-parent-peer-support-specialist");
    expect(reply.citations.map((c) => c.entryId)).toContain("mt-report-imminent-harm");
  });

  it("GIVEN suspected abuse THEN the mandatory reporting rule is cited first", () => {
    expect(ask("I think the stepdad is beating the kids").citations[0]?.entryId).toBe("mt-mandatory-reporting-abuse");
  });

  it("GIVEN a lookalike THEN the question is answered, not triaged", () => {
    expect(ask("I killed it at the fundraiser, can I accept a gift card from a family?").verdict).not.toBe("crisis");
  });

  it("GIVEN a question carrying a phone number THEN the answer adds the confidentiality reminder", () => {
    expect(ask("Can I text a parent at 406-555-0142 about her son's meds?").answer).toMatch(/Confidentiality reminder/);
    expect(ask("Can I advise a parent on medication?").answer).not.toMatch(/Confidentiality reminder/);
  });
});

describe("verdicts belong to permission questions", () => {
  it("GIVEN a fact question that a scope entry happens to answer THEN it is information, not a permission", () => {
    expect(ask("How many CEUs do I need?", "MT").verdict).toBe("info");
    expect(ask("What does the scope of practice say about continuing education?").verdict).toBe("info");
  });

  it("GIVEN a verdict label THEN the entry's own 'No.' is not repeated after it", () => {
    expect(ask("Can I be friends with a family I support?").answer).not.toMatch(/^Not allowed[^:]*: No\./);
  });
});

describe("a yes needs a rule that covers the question", () => {
  it.each(["can I use the agency van on weekends?", "Can I give a parent a ride to their child's IEP meeting?"])(
    "GIVEN %j, which an allowed rule only partly covers THEN the answer is not 'allowed'",
    (question) => {
      expect(ask(question, "MT").verdict).not.toBe("allowed");
    },
  );

  it("GIVEN a 'can I' question a yes-rule covers only in part THEN it depends, cites the rule and says what is left to check", () => {
    const reply = ask("Can I facilitate a support group for dads at the rec center?", "MT");
    expect(reply.verdict).toBe("depends");
    expect(reply.citations[0]?.entryId).toBe("mt-scope-facilitate-support-group");
    expect(reply.answer).toMatch(/does not cover, so check those with your supervisor/);
  });

  it("GIVEN a 'can I' question a yes-rule barely touches THEN it is still 'I don't know'", () => {
    expect(ask("can I use the agency van on weekends?", "MT").verdict).toBe("unknown");
  });

  it("GIVEN a question the scope of practice plainly covers THEN it is allowed", () => {
    expect(ask("Can I facilitate a parent support group?", "MT").verdict).toBe("allowed");
  });
});
