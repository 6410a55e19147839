import { describe, expect, it } from "vitest";
import type { Verdict } from "../../../src/core/reply.js";
import type { KnowledgeEntry } from "../../../src/core/knowledge/knowledge-entry.js";
import type { RememberedAnswer } from "../../../src/core/knowledge/question-memory.js";
import { rememberedVerdict } from "../../../src/core/knowledge/remembered-verdict.js";

const entry = (verdict?: "allowed" | "not_allowed" | "depends"): KnowledgeEntry =>
  ({ id: "ca-fact", title: "A fact", kind: "process", ...(verdict ? { verdict } : {}), jurisdiction: "CA", source: "doc", section: "s", phrasings: ["x"], keywords: [], related: [], when: [], rule: "r", instead: "", why: "", file: "e.md" }) as KnowledgeEntry;
const asked = (verdicts: Verdict[], similarity = 0.7, entryId = "ca-fact", asksLeave = true): RememberedAnswer => ({ entryId, verdicts, asksLeave, similarity });
const recollection = (closest: RememberedAnswer[]) => () => ({ entries: new Map(closest.map((c) => [c.entryId, c.similarity ** 2])), closest });

describe("rememberedVerdict", () => {
  it("GIVEN a yes-or-no question answered by a fact AND close questions to that fact were answered yes THEN yes", () => {
    expect(rememberedVerdict("info", entry(), true, true, recollection([asked(["allowed"]), asked(["allowed", "depends"])]))).toBe("allowed");
  });

  it("GIVEN close questions that were answered 'it depends' THEN depends; 'no' THEN no", () => {
    expect(rememberedVerdict("info", entry(), true, true, recollection([asked(["depends"]), asked(["depends", "info"])]))).toBe("depends");
    expect(rememberedVerdict("info", entry(), true, true, recollection([asked(["not_allowed"])]))).toBe("not_allowed");
  });

  it("GIVEN a limiting rule THEN remembered yeses never make it leave", () => {
    expect(rememberedVerdict("info", entry("depends"), true, true, recollection([asked(["allowed"]), asked(["allowed"])]))).toBe("info");
  });

  it("GIVEN a fact that covers too little of the question for a yes THEN remembered yeses leave it a fact; a remembered 'depends' still counts", () => {
    expect(rememberedVerdict("info", entry(), true, false, recollection([asked(["allowed"]), asked(["allowed"])]))).toBe("info");
    expect(rememberedVerdict("info", entry(), true, false, recollection([asked(["depends"])]))).toBe("depends");
  });

  it("GIVEN a question that does not ask whether THEN nothing is recalled", () => {
    const never = () => {
      throw new Error("recalled");
    };
    expect(rememberedVerdict("info", entry(), false, true, never)).toBe("info");
    expect(rememberedVerdict("depends", entry(), true, true, never)).toBe("depends");
  });

  it("GIVEN as much support for a plain fact as for a verdict THEN the answer stays a fact", () => {
    expect(rememberedVerdict("info", entry(), true, true, recollection([asked(["allowed", "info"]), asked(["info"])]))).toBe("info");
  });

  it("GIVEN votes for another entry, from questions not asked yes-or-no, or from far questions THEN they do not count", () => {
    expect(rememberedVerdict("info", entry(), true, true, recollection([asked(["allowed"], 0.7, "other-entry")]))).toBe("info");
    expect(rememberedVerdict("info", entry(), true, true, recollection([asked(["allowed"], 0.7, "ca-fact", false)]))).toBe("info");
    expect(rememberedVerdict("info", entry(), true, true, recollection([asked(["allowed"], 0.1)]))).toBe("info");
  });

  it("GIVEN a question that does not ask whether, or a verdict already given THEN it is left as it is", () => {
    expect(rememberedVerdict("info", entry(), false, true, recollection([asked(["allowed"])]))).toBe("info");
    expect(rememberedVerdict("depends", entry(), true, true, recollection([asked(["allowed"])]))).toBe("depends");
  });
});
