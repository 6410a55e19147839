import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { answerQuestion } from "../../src/core/knowledge/answer-question.js";
import type { AnswerReply } from "../../src/core/reply.js";
import { loadKnowledgeBase } from "../../src/search/load-knowledge-base.js";

interface ScoredQuestion {
  id: string;
  question: string;
  state?: "MT" | "CA" | "NC";
  verdict: string[];
  sources: string[];
  mustInclude: string[];
}

const knowledge = loadKnowledgeBase();

/** The scoring rule of ../shared/eval/score.mjs: verdict, a source in the first three citations, every required term. */
function passes(q: ScoredQuestion, a: AnswerReply): boolean {
  const text = a.answer.toLowerCase();
  const source =
    a.verdict === "unknown" && q.verdict.includes("unknown")
      ? a.citations.length === 0
      : a.citations.slice(0, 3).some((c) => q.sources.includes(c.document));
  const content = q.mustInclude.every((term) => term.toLowerCase().split("|").some((alt) => text.includes(alt)));
  return q.verdict.includes(a.verdict) && source && content;
}

function score(file: string): { passed: number; total: number; failures: string[] } {
  const questions = readFileSync(file, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as ScoredQuestion);
  const failures = questions
    .filter((q) => !passes(q, answerQuestion(q.question, knowledge, q.state ? { state: q.state } : {})))
    .map((q) => `${q.id} ${q.question}`);
  return { passed: questions.length - failures.length, total: questions.length, failures };
}

const DEV_SET = fileURLToPath(new URL("../../../shared/eval/dev-questions.jsonl", import.meta.url));
const HELD_OUT = fileURLToPath(new URL("../fixtures/held-out-questions.jsonl", import.meta.url));
const OFF_TOPIC = fileURLToPath(new URL("../fixtures/off-topic-questions.jsonl", import.meta.url));

describe("question sets as regression floors", () => {
  it("GIVEN the shared development set THEN at least 44 of 45 pass", () => {
    // CI clones the project with shared/ beside it; a missing set must fail loudly, not skip.
    expect(existsSync(DEV_SET), `${DEV_SET} is missing`).toBe(true);
    const result = score(DEV_SET);
    expect(result.failures).toHaveLength(result.total - result.passed);
    expect(result.passed, result.failures.join("\n")).toBeGreaterThanOrEqual(44);
  });

  it("GIVEN the held-out set written from the documents THEN the pass rate stays above its floor", () => {
    const result = score(HELD_OUT);
    expect(result.passed / result.total, result.failures.join("\n")).toBeGreaterThanOrEqual(HELD_OUT_FLOOR);
  });

  it("GIVEN everyday questions outside the knowledge base THEN nearly all get 'I don't know' rather than a guess", () => {
    const result = score(OFF_TOPIC);
    // Measured 29/32 when set (the misses are work logistics near covered topics: Zoom links, working from home).
    expect(result.passed / result.total, result.failures.join("\n")).toBeGreaterThanOrEqual(OFF_TOPIC_FLOOR);
  });
});

/** Measured 122/150 when last raised; raised as the knowledge base grows, never lowered to make a change pass. */
const HELD_OUT_FLOOR = 0.8;
const OFF_TOPIC_FLOOR = 0.9;
