import { describe, expect, it } from "vitest";
import { splitQuestion } from "../../../src/core/knowledge/question-parts.js";
import { readQuestion } from "../../../src/core/knowledge/question-terms.js";
import { loadKnowledgeBase } from "../../../src/search/load-knowledge-base.js";

const knowledge = loadKnowledgeBase();
const termsOf = (question: string) => readQuestion(question, splitQuestion(question), knowledge, false).terms.flatMap((t) => t.terms);

describe("readQuestion", () => {
  it("GIVEN a hyphenated word no entry has THEN it is read as its parts", () => {
    expect(termsOf("What culture-related topics are in the core competency training?")).toContain("cultur");
    expect(termsOf("what does a co-trainer do at orientation")).toContain("trainer");
  });

  it("GIVEN a hyphenated word the entries have THEN it stays whole", () => {
    const terms = termsOf("Does self-care count toward my continuing education?");
    expect(terms.some((t) => t.startsWith("self-"))).toBe(true);
    expect(terms).not.toContain("self");
  });

  it("GIVEN a county named in lowercase chat THEN its name is not a term an entry must cover; 'county' is", () => {
    const terms = termsOf("can i use my cert from placer county in yolo county");
    expect(terms).not.toContain("placer");
    expect(terms).not.toContain("yolo");
    expect(terms).toContain("county");
  });
});
