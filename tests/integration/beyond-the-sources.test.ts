import { describe, expect, it } from "vitest";
import { answerQuestion } from "../../src/core/knowledge/answer-question.js";
import { loadKnowledgeBase } from "../../src/search/load-knowledge-base.js";

const knowledge = loadKnowledgeBase();
const ask = (question: string, state?: "MT" | "CA" | "NC") => answerQuestion(question, knowledge, state ? { state } : {});

describe("questions the nearest entry matches in words but cannot answer", () => {
  it.each([
    "How many training hours does Ohio want before a parent partner can work?",
    "What does Texas require to get a family partner credential?",
    "does kansas require a background check for family peer supporters",
    "What are Florida's rules on gifts from families?",
    "Is there a family partner certification in the state of Vermont?",
  ])("GIVEN a question about another state's rules (%j) THEN I don't know, citing nothing", (question) => {
    for (const asker of [undefined, "NC"] as const) {
      const reply = ask(question, asker);
      expect(reply.verdict).toBe("unknown");
      expect(reply.citations).toEqual([]);
      expect(reply.answer).not.toMatch(/Montana|California|North Carolina/);
    }
  });

  it.each([
    ["I used to do this work in Oregon and just moved to Missoula. How do I get certified here?", "MT"],
    ["I live in Idaho but my job is in Billings. Can I be a candidate?", "MT"],
    ["Will hours I logged in Nevada count toward certification in California?", "CA"],
    ["My client Georgia wants to give me a scarf she knitted. Can I accept it?", "MT"],
  ] as const)("GIVEN another state named only as where the asker was or lives (%j) THEN the covered state's rule answers", (question, state) => {
    expect(ask(question, state).verdict).not.toBe("unknown");
  });

  it.each([
    "What's the phone number for the state's family partner office?",
    "what is the website address of the certification board",
    "How much is the fine if a peer supporter breaks confidentiality?",
    "What procedure code do we use to bill family peer support?",
  ])("GIVEN a question asking for a datum no entry holds (%j) THEN I don't know, citing nothing", (question) => {
    const reply = ask(question, "NC");
    expect(reply.verdict).toBe("unknown");
    expect(reply.citations).toEqual([]);
  });

  it.each([
    ["How much does a family partner get paid at Acme Behavioral Health?", "NC"],
    ["what's the hourly wage for parent peers in Sacramento County", "CA"],
    ["How much do peer supporters make in Montana per hour?", "MT"],
  ] as const)("GIVEN pay asked of an employer or place no entry names (%j) THEN I don't know, citing nothing", (question, state) => {
    const reply = ask(question, state);
    expect(reply.verdict).toBe("unknown");
    expect(reply.citations).toEqual([]);
  });

  it.each([
    "How much do family partners in North Carolina get paid?",
    "I start at a clinic in Wake County next week. What's the recommended hourly pay for a family partner?",
  ])("GIVEN pay asked of the state an entry covers, or a place named only in the story (%j) THEN a pay entry answers, with the family partner's rate", (question) => {
    // Both NC pay entries give the family partner's $15.00 (the coordinators' one beside the coordinators' $20.00).
    const reply = ask(question, "NC");
    expect(["nc-family-partner-pay-rate", "nc-coordinator-pay"]).toContain(reply.citations[0]?.entryId);
    expect(reply.answer).toContain("$15.00");
  });

  it("GIVEN 'is it fine if' THEN it is not a question about a fine; 'how much is the fine' is", () => {
    expect(ask("How much is the fine if a peer supporter shares a family's records?", "MT").verdict).toBe("unknown");
    expect(ask("is it fine if I text a mom back on a Sunday?", "MT").answer).not.toMatch(/holds no fines/);
  });

  it("GIVEN a state whose name the entry itself gives (the states that certify) THEN the entry answers", () => {
    expect(ask("Does Utah have a state certification for family peer support?").answer).toMatch(/25 US states/);
  });

  it("GIVEN a passing score asked where the entry holds one THEN it answers with it", () => {
    const reply = ask("what score do you need on the 40 hour course exam in montana", "MT");
    expect(reply.verdict).toBe("info");
    expect(reply.answer).toMatch(/80/);
  });
});
