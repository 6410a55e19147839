import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { labelQuestions, readRememberedQuestions } from "../../../scripts/question-memory/label-examples.js";
import { questionMemorySource } from "../../../scripts/question-memory/question-memory-source.js";
import { recall } from "../../../src/core/knowledge/question-memory.js";
import { loadKnowledgeBase } from "../../../src/search/load-knowledge-base.js";

const knowledge = loadKnowledgeBase();
const GENERATED = fileURLToPath(new URL("../../../src/core/knowledge/generated/question-memory-data.ts", import.meta.url));

describe("the question memory", () => {
  const remembered = readRememberedQuestions();

  it("GIVEN the labelled examples THEN the generated memory is what they build, and every entry they name exists", () => {
    const rebuild = "the examples (scripts/question-memory/examples/) changed since the memory was built: run `npm run knowledge:memory` and commit src/core/knowledge/generated/question-memory-data.ts";
    expect(readFileSync(GENERATED, "utf8") === questionMemorySource(remembered, knowledge.states), rebuild).toBe(true);
    expect(remembered.length).toBeGreaterThan(1000);
    expect(remembered.filter((q) => !knowledge.get(q.entryId)).map((q) => q.id)).toEqual([]);
  });

  it("GIVEN a remembered question THEN its own entry is recalled, with its verdicts", () => {
    for (const q of remembered.filter((_, i) => i % 40 === 0)) {
      const { entries, closest } = recall(q.question);
      expect(entries.has(q.entryId), q.id).toBe(true);
      expect(closest.some((c) => c.entryId === q.entryId && c.verdicts.join() === q.verdict.join()), q.id).toBe(true);
    }
  });

  it("GIVEN words no remembered question has THEN nothing is recalled", () => {
    expect(recall("zyxwv qqqq").closest).toEqual([]);
  });
});

describe("labelling a training question", () => {
  const question = (mustInclude: string[], passage: string) => ({ id: "t-1", question: "A dad offered to fix my car if I keep seeing his family. Is that ok?", verdict: ["not_allowed"], sources: ["mt-family-peer-support-toolkit"], mustInclude, passage });

  it("GIVEN its source, key fact and the document's sentence THEN the entry of that source with the key fact answers it", () => {
    const { labelled } = labelQuestions([question(["barter"], "participate in bartering, unless bartering is considered essential")], knowledge);
    expect(labelled.map((q) => q.entryId)).toEqual(["mt-ethics-bartering"]);
  });

  it("GIVEN a key fact no entry of the source has THEN the question is left out, not guessed", () => {
    const { labelled, unlabelled } = labelQuestions([question(["zyxwv"], "participate in bartering")], knowledge);
    expect([labelled.length, unlabelled.length]).toEqual([0, 1]);
  });
});
