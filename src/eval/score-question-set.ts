import { readFileSync } from "node:fs";
import { answerQuestion } from "../core/knowledge/answer-question.js";
import type { KnowledgeBase } from "../core/knowledge/knowledge-base.js";
import type { AnswerReply } from "../core/reply.js";

/** One line of a scored question set (tests/fixtures/*.jsonl, or the shared development set). */
export interface ScoredQuestion {
  id: string;
  /** The blind sets' kind of question: story, chat, plain, crisis, lookalike, offtopic. */
  category?: string;
  question: string;
  state?: "MT" | "CA" | "NC";
  verdict: string[];
  sources: string[];
  mustInclude: string[];
}

export interface QuestionSetScore {
  passed: number;
  total: number;
  failures: string[];
}

/** The scoring rule of the shared score.mjs: verdict, a source in the first three citations, every required term. */
export function answerPasses(q: ScoredQuestion, a: AnswerReply): boolean {
  const text = a.answer.toLowerCase();
  const source =
    a.verdict === "unknown" && q.verdict.includes("unknown")
      ? a.citations.length === 0
      : a.citations.slice(0, 3).some((c) => q.sources.includes(c.document));
  const content = q.mustInclude.every((term) => term.toLowerCase().split("|").some((alt) => text.includes(alt)));
  return q.verdict.includes(a.verdict) && source && content;
}

export function readQuestionSet(file: string): ScoredQuestion[] {
  return readFileSync(file, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as ScoredQuestion);
}

export function scoreQuestionSet(questions: ScoredQuestion[], knowledge: KnowledgeBase): QuestionSetScore {
  const failures = questions
    .filter((q) => !answerPasses(q, answerQuestion(q.question, knowledge, q.state ? { state: q.state } : {})))
    .map((q) => `${q.id} ${q.question}`);
  return { passed: questions.length - failures.length, total: questions.length, failures };
}
