import { describe, expect, it } from "vitest";
import { answerQuestion } from "../../src/core/knowledge/answer-question.js";
import { NEIGHBOURS_VOCABULARY } from "../../src/core/knowledge/generated/term-neighbours.js";
import type { KnowledgeEntry } from "../../src/core/knowledge/knowledge-entry.js";
import { coverageOf } from "../../src/core/knowledge/question-coverage.js";
import { splitQuestion } from "../../src/core/knowledge/question-parts.js";
import { readQuestion } from "../../src/core/knowledge/question-terms.js";
import { loadStateRegistry } from "../../src/registry-files/load-state-registry.js";
import { knowledgeVocabulary, vocabularyFingerprint } from "../../src/search/knowledge-vocabulary.js";
import { loadKnowledgeBase } from "../../src/search/load-knowledge-base.js";
import { createMiniSearchKnowledgeBase } from "../../src/search/minisearch-knowledge-base.js";

const knowledge = loadKnowledgeBase();
const read = (question: string) => readQuestion(question, splitQuestion(question), knowledge, true);

describe("word-vector neighbours for words no entry has", () => {
  it("GIVEN the entries THEN the neighbour table was built from their vocabulary (else: npm run knowledge:neighbours)", () => {
    // A stale table still answers safely (a neighbour no entry has is dropped), but misses the entries' new words.
    const rebuild = "the entries' words changed since the table was built: run `npm run knowledge:neighbours` and commit src/core/knowledge/generated/term-neighbours.ts";
    expect(vocabularyFingerprint(knowledgeVocabulary(knowledge.entries()).keys()), rebuild).toBe(NEIGHBOURS_VOCABULARY);
  });

  it.each([
    "Can I accept a bracelet from a family I work with?",
    "Is it ok to take earrings from a mom I support?",
  ])("GIVEN %j, whose piece of jewellery no entry names, THEN the gift rule answers", (question) => {
    const answer = answerQuestion(question, knowledge, { state: "MT" });
    expect(answer.verdict, answer.answer).toBe("depends");
    expect(answer.citations[0]?.entryId).toBe("mt-ethics-gifts-of-significant-value");
  });

  it.each([
    "Who won the football game last night?",
    "What's the funniest comedy on Netflix right now?",
    "How much butter goes in a pound cake?",
    "Which poet wrote that poem about the road?",
  ])("GIVEN the off-topic %j, whose words have neighbours in the entries, THEN the answer is still 'I don't know'", (question) => {
    expect(read(question).neighbours.size).toBeGreaterThan(0);
    expect(answerQuestion(question, knowledge, { state: "MT" }).verdict).toBe("unknown");
  });

  it("GIVEN a question with a neighbour THEN only the typed words count toward a 'yes, you may'", () => {
    const question = read("Can I accept a bracelet from a family I work with?");
    expect(question.terms.some((t) => t.near?.length)).toBe(true);
    expect(question.strict.some((t) => t.near?.length)).toBe(false);
  });

  it("GIVEN one entry with the word typed and one with only its neighbour THEN the exact word ranks and covers first", () => {
    const entry = (id: string, title: string): KnowledgeEntry => ({
      id, title, kind: "ethics", verdict: "depends", jurisdiction: "general", source: "test", section: "1", phrasings: [title], keywords: [], related: [], when: [],
      rule: title, instead: "", why: "", file: `${id}.md`,
    });
    // Other topics, so that how telling a word is means what it does in a real knowledge base.
    const others = ["medication advice", "hours toward certification", "mandatory reporting", "written consent", "dual relationships", "training requirements"];
    const small = createMiniSearchKnowledgeBase(
      [entry("earrings", "Accepting earrings from a family"), entry("necklace", "Accepting a necklace from a family"), ...others.map((title, i) => entry(`other-${i}`, title))],
      loadStateRegistry(),
    );
    const question = readQuestion("Can I accept earrings or a bracelet?", splitQuestion("Can I accept earrings or a bracelet?"), small, true);
    expect(question.neighbours).toContain("necklac");
    const hits = small.search(question.searchText, 2, question.neighbours);
    expect(hits.map((h) => h.entry.id)).toEqual(["earrings", "necklace"]);
    expect(coverageOf(hits[0]!, question, small)).toBeGreaterThan(coverageOf(hits[1]!, question, small));
  });
});
