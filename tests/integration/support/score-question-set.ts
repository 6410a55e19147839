import { readFileSync } from "node:fs";
import { answerQuestion } from "../../../src/core/knowledge/answer-question.js";
import type { KnowledgeBase } from "../../../src/core/knowledge/knowledge-base.js";
import type { AnswerReply } from "../../../src/core/reply.js";

export interface ScoredQuestion {
  id: string;
  category?: string;
  question: string;
  state?: "MT" | "CA" | "NC";
  verdict: string[];
  sources: string[];
  mustInclude: string[];
}

export interface SetScore {
  passed: number;
  total: number;
  failures: string[];
  answers: { question: ScoredQuestion; answer: AnswerReply }[];
}

/** The scoring rule of the shared development set: verdict, a source in the first three citations, every required term. */
export function passes(q: ScoredQuestion, a: AnswerReply): boolean {
  const text = a.answer.toLowerCase();
  const source =
    a.verdict === "unknown" && q.verdict.includes("unknown") ? a.citations.length === 0 : a.citations.slice(0, 3).some((c) => q.sources.includes(c.document));
  const content = q.mustInclude.every((term) => term.toLowerCase().split("|").some((alt) => text.includes(alt)));
  return q.verdict.includes(a.verdict) && source && content;
}

export function readQuestionSet(file: string): ScoredQuestion[] {
  return readFileSync(file, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as ScoredQuestion);
}

export function scoreQuestions(questions: ScoredQuestion[], knowledge: KnowledgeBase): SetScore {
  const answers = questions.map((question) => ({ question, answer: answerQuestion(question.question, knowledge, question.state ? { state: question.state } : {}) }));
  const failures = answers.filter(({ question, answer }) => !passes(question, answer)).map(({ question }) => `${question.id} ${question.question}`);
  return { passed: questions.length - failures.length, total: questions.length, failures, answers };
}
