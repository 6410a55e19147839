import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { answerQuestion } from "../../src/core/knowledge/answer-question.js";
import { normalizeText } from "../../src/core/knowledge/normalize-text.js";
import { loadKnowledgeBase } from "../../src/search/load-knowledge-base.js";

const knowledge = loadKnowledgeBase();

describe("the knowledge base", () => {
  it("GIVEN the five seed documents THEN every one of them has entries", () => {
    for (const document of knowledge.states.documentIds) {
      expect(knowledge.entries().filter((e) => e.source === document).length, document).toBeGreaterThanOrEqual(10);
    }
  });

  it.each(knowledge.entries().map((e) => [e.id, e.title] as const))("GIVEN entry %s THEN a search for its own title finds it", (id, title) => {
    const hits = knowledge.search(normalizeText(title), 3).map((h) => h.entry.id);
    expect(hits).toContain(id);
  });

  it("GIVEN the crisis rules THEN the entries the crisis answer cites exist", () => {
    expect(knowledge.get("mt-report-imminent-harm")?.kind).toBe("safety");
    expect(knowledge.get("mt-mandatory-reporting-abuse")?.kind).toBe("safety");
  });
});

describe("the start-up snapshot", () => {
  it("GIVEN a snapshot directory THEN the second load answers exactly as a fresh parse does", () => {
    const snapshotDirectory = mkdtempSync(join(tmpdir(), "porchlight-snapshot-"));
    loadKnowledgeBase({ snapshotDirectory });
    expect(readdirSync(snapshotDirectory).filter((f) => f.endsWith(".json"))).toHaveLength(1);
    const fromSnapshot = loadKnowledgeBase({ snapshotDirectory });
    for (const question of ["Can I accept a gift from a family?", "How many CEUs do I need?", "what is a family partner"]) {
      expect(answerQuestion(question, fromSnapshot)).toEqual(answerQuestion(question, knowledge));
    }
  });
});
