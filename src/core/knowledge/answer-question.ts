import type { AnswerReply, Verdict } from "../reply.js";
import { classifyQuestion } from "./classify-question.js";
import { citationOf, composeAnswer } from "./compose-answer.js";
import { assessRisk } from "../safety/assess-risk.js";
import { crisisAnswer, withSafetyLine } from "./crisis-answer.js";
import { CONFIDENTIALITY_REMINDER, mentionsIdentifyingDetails } from "./identifying-details.js";
import type { KnowledgeBase } from "./knowledge-base.js";
import type { Jurisdiction, KnowledgeEntry } from "./knowledge-entry.js";
import { normalizeGroups } from "./normalize-text.js";
import { otherStates, preferOwnState, strictestOnTopic } from "./choose-jurisdiction.js";
import { coverageFloor, weightedCoverage } from "./question-coverage.js";
import { rankHits, type RankedHit, type RankingIntent } from "./rank-hits.js";
import { contentTermsOf, searchTerm } from "./search-terms.js";

/**
 * A wrong "yes, you may" can hurt a family and a certification, so "allowed" needs the rule to cover more of the
 * question than an answer of fact does; below this the answer is "I don't know, ask your supervisor".
 */
const MIN_COVERAGE_FOR_ALLOWED = 0.7;
// A permission question whose best hit is a fact is governed by a rule scoring at least this share of it.
const RULE_WITHIN = 0.7;
// Two rules this close that disagree: the more cautious verdict wins.
const NEAR_TIE = 0.92;
const ALSO_WITHIN = 0.9;
const CAUTION: Record<string, number> = { not_allowed: 3, depends: 2, allowed: 1 };

export interface AnswerOptions {
  /** The asker's state (profile, --state or the network's), preferred over other states' rules. */
  state?: Jurisdiction;
}

export function answerQuestion(question: string, knowledge: KnowledgeBase, options: AnswerOptions = {}): AnswerReply {
  const risk = assessRisk(question);
  const shape = classifyQuestion(question);
  const state = shape.namedState ?? options.state;
  const answered = risk.level === "crisis" ? crisisAnswer(risk.kind, knowledge, state) : answerFromKnowledge(question, knowledge, { ...shape, state });
  // A weaker sign of risk: the normal answer, led by one safety line.
  const reply = risk.level === "caution" ? withSafetyLine(answered) : answered;
  return mentionsIdentifyingDetails(question) ? withReminder(reply) : reply;
}

function answerFromKnowledge(question: string, knowledge: KnowledgeBase, intent: RankingIntent): AnswerReply {
  const { state, asksPermission } = intent;
  const groups = normalizeGroups(question);
  const terms = withoutNames(contentTermsOf(groups), question, knowledge);
  const ranked = rankHits(knowledge.search(groups.flat().join(" "), 12), intent);
  const best = ranked[0];
  if (!best || weightedCoverage(best, terms, knowledge) < coverageFloor(terms)) return unknownAnswer();
  const governing = asksPermission ? governingRule(ranked, terms, knowledge) : undefined;
  const rule = governing ? cautiousRule(governing, ranked) : undefined;
  const primary = rule && !state ? strictestOnTopic(rule, knowledge) : preferOwnState(rule ?? best.entry, knowledge, state);
  // Only a "can I" question gets a verdict; a fact question answered by a rule's entry is still information.
  const verdict: Verdict = rule ? (primary.verdict ?? "info") : "info";
  if (verdict === "allowed" && weightedCoverage(hitFor(primary, ranked), terms, knowledge) < MIN_COVERAGE_FOR_ALLOWED) return unknownAnswer();
  const elsewhere = otherStates(primary, knowledge);
  const supporting = ranked.filter((h) => h.entry.id !== primary.id && h.adjusted >= best.adjusted * 0.6).slice(0, 2);
  // Two facts from one document that match equally well each answer part of the question: give both.
  const alsoTrue = verdict === "info" ? supporting.find((h) => h.adjusted >= best.adjusted * ALSO_WITHIN && h.entry.source === primary.source && !h.entry.verdict) : undefined;
  const answer = composeAnswer(verdict, primary, elsewhere, alsoTrue?.entry);
  return {
    kind: "answer",
    verdict,
    answer,
    text: answer,
    citations: [primary, ...supporting.map((h) => h.entry), ...elsewhere].map(citationOf),
    related: relatedTo(primary, ranked, knowledge),
    jurisdiction: primary.jurisdiction,
    ephemeral: true,
  };
}

/** The scope or ethics rule that answers a "can I" question: it must match nearly as well as the best hit, and cover the question. */
function governingRule(ranked: RankedHit[], terms: string[][], knowledge: KnowledgeBase): RankedHit | undefined {
  const top = ranked[0]!;
  return ranked.find(
    (h) => h.entry.verdict && h.adjusted >= top.adjusted * RULE_WITHIN && weightedCoverage(h, terms, knowledge) >= coverageFloor(terms),
  );
}

/** Where two rules match almost equally and disagree, the more cautious one answers: its verdict and its text. */
function cautiousRule(governing: RankedHit, ranked: RankedHit[]): KnowledgeEntry {
  let rule = governing.entry;
  for (const hit of ranked) {
    if (!hit.entry.verdict || hit.adjusted < governing.adjusted * NEAR_TIE) continue;
    if (CAUTION[hit.entry.verdict]! > CAUTION[rule.verdict!]!) rule = hit.entry;
  }
  return rule;
}

/** The primary entry's hit; an entry swapped in for the asker's state counts with the terms its counterpart matched. */
function hitFor(entry: KnowledgeEntry, ranked: RankedHit[]): RankedHit {
  return ranked.find((h) => h.entry.id === entry.id) ?? ranked[0]!;
}

function relatedTo(primary: KnowledgeEntry, ranked: RankedHit[], knowledge: KnowledgeBase): { id: string; title: string }[] {
  const ids = [...primary.related, ...ranked.map((h) => h.entry.id)].filter((id) => id !== primary.id);
  return [...new Set(ids)]
    .slice(0, 3)
    .map((id) => knowledge.get(id)!)
    .map((e) => ({ id: e.id, title: e.title }));
}

function unknownAnswer(): AnswerReply {
  const answer =
    "I don't know: my knowledge base does not cover that question, so I won't guess. Please ask your supervisor, and check your state's standards.";
  return { kind: "answer", verdict: "unknown", answer, text: answer, citations: [], related: [], ephemeral: true };
}

/**
 * Capitalised words inside a sentence that no entry uses are names ("Jamie Ortiz"): they say who, not what, so
 * they do not count against how well the knowledge base covers the question.
 */
function withoutNames(groups: string[][], question: string, knowledge: KnowledgeBase): string[][] {
  const names = new Set(
    [...question.matchAll(/(?<![.!?]\s|^)\b([A-Z][a-z]+)\b/g)].map((m) => searchTerm(m[1]!)).filter((t) => t !== null && !knowledge.knows(t)),
  );
  return names.size === 0 ? groups : groups.filter((group) => !(group.length === 1 && names.has(group[0]!)));
}

function withReminder(reply: AnswerReply): AnswerReply {
  const answer = `${reply.answer}\n\n${CONFIDENTIALITY_REMINDER}`;
  return { ...reply, answer, text: answer };
}
