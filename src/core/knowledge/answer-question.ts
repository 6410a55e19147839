import type { AnswerReply, Verdict } from "../reply.js";
import { classifyQuestion, namesRequirement, type QuestionShape } from "./classify-question.js";
import { citationOf, composeAnswer } from "./compose-answer.js";
import { assessRisk } from "../safety/assess-risk.js";
import { isState } from "../states.js";
import { beyondTheSources } from "./beyond-the-sources.js";
import { crisisAnswer, withSafetyLine } from "./crisis-answer.js";
import { credentialFromElsewhere, FROM_ELSEWHERE_WORDS } from "./credential-from-elsewhere.js";
import { CONFIDENTIALITY_REMINDER, mentionsIdentifyingDetails } from "./identifying-details.js";
import type { KnowledgeBase } from "./knowledge-base.js";
import type { Jurisdiction, KnowledgeEntry } from "./knowledge-entry.js";
import { otherStates, preferOwnState, strictestOnTopic } from "./choose-jurisdiction.js";
import { coverageFloor, coverageOf, type QuestionTerm, weightedCoverage } from "./question-coverage.js";
import { inDomainProbability } from "./domain-model.js";
import { bearsOn, verdictGivenFacts } from "./entry-conditions.js";
import { NEGATED_CONDITION, verdictFromFact } from "./fact-verdicts.js";
import { byFocus, focusOf } from "./question-focus.js";
import { type QuestionParts, splitQuestion } from "./question-parts.js";
import { readFacts, requirementWordsFor, type StoryFacts } from "./story-facts.js";
import { type ReadQuestion, readQuestion } from "./question-terms.js";
import { recall, type Recollection } from "./question-memory.js";
import { rememberedVerdict } from "./remembered-verdict.js";
import { isFrameTerm } from "./question-frame.js";
import { searchTerm } from "./search-terms.js";
import { learnedYes } from "./learned-leave.js";
import { leaveFeatures } from "./leave-features.js";
import { rankHits, type RankedHit, type RankingIntent } from "./rank-hits.js";

/**
 * A wrong "yes, you may" can hurt a family and a certification, so "allowed" needs the rule to cover more of the
 * question than an answer of fact does; below this the answer is "I don't know, ask your supervisor".
 */
// A question of whether part of something suffices: "is it enough to ...", "only my supervisor", "instead of calling".
const PART_OF_A_DUTY = /\b(is (it|that) enough|enough to|instead of)\b|\b(only|just) (tell|report|notify|call|inform)(ing)?\b/i;
const DUTY = /\b(must|shall|are required to|is required to|have to)\b/i;
const MIN_COVERAGE_FOR_ALLOWED = 0.7;
// A yes-rule covering less of the question than that, yet this much, allows part of what is asked: "it depends", with
// a caveat; below it the rule is about something else and the answer is "I don't know".
const MIN_COVERAGE_FOR_PARTIAL_YES = 0.4;
const PARTIAL_YES_CAVEAT = "This rule allows what it names; your question also asks about things it does not cover, so check those with your supervisor.";
// A permission question whose best hit is a fact is governed by a rule scoring at least this share of it.
const RULE_WITHIN = 0.7;
// Two rules this close that disagree: the more cautious verdict wins.
const NEAR_TIE = 0.92;
const ALSO_WITHIN = 0.9;
// An entry whose verdict turns on a fact the story tells answers first when it matches at least this share as well.
const FACT_SPECIFIC_WITHIN = 0.4;
// A limit answers a question whose yes-rule covers too little of it when it matches at least this share of the best hit.
const LIMIT_WITHIN = 0.4;
// How much the remembered questions weigh against the search (measured on the retired blind sets A, C-F, I-Q: 2, 4, 8, 16).
const MEMORY_BONUS = 8;
const STORY_WORDS_FOR_MEMORY = 3;
const REMEMBERED_FIRMLY = 0.5;
const REMEMBERED_FLOOR_SHARE = 0.5;
const WAIT_BEFORE = /\bhow (long|soon)\b[^?]{0,60}\b(wait|before|until)\b/i;
const CAUTION: Record<string, number> = { not_allowed: 3, depends: 2, allowed: 1 };
const SURELY_IN_DOMAIN = 0.6;
const IN_DOMAIN_FLOOR_SHARE = 0.5;
const SURELY_OFF_TOPIC = 0.15;
const OFF_TOPIC_FLOOR_SHARE = 1.5;
const PLANS_TO = /\b(i|we)(\s+really)?\s*(want|plan|planned|hope|intend|('d| would) like|('m| am| are|'re) (planning|hoping|going|thinking of|thinking about))\s+(to|on)\b/i;

type CoveredHit = RankedHit & { coverage: number };

export interface AnswerOptions {
  /** The asker's state (profile, --state or the network's), preferred over other states' rules. */
  state?: Jurisdiction;
}

export function answerQuestion(question: string, knowledge: KnowledgeBase, options: AnswerOptions = {}): AnswerReply {
  const risk = assessRisk(question);
  const parts = splitQuestion(question);
  const shape = classifyQuestion(question, knowledge.states, parts.ask);
  const state = shape.namedState ?? options.state;
  const answered = risk.level === "crisis" ? crisisAnswer(risk.kind, knowledge, state) : answerFromKnowledge(question, parts, knowledge, { ...shape, state });
  // A weaker sign of risk: the normal answer, led by one safety line.
  const reply = risk.level === "caution" ? withSafetyLine(answered) : answered;
  return mentionsIdentifyingDetails(question) ? withReminder(reply) : reply;
}

function answerFromKnowledge(question: string, parts: QuestionParts, knowledge: KnowledgeBase, intent: RankingIntent & QuestionShape): AnswerReply {
  const { state, asksPermission } = intent;
  const facts = readFacts(question);
  // "She's 19 and wants to become a family peer supporter. Can she?" asks about a requirement the story names.
  const aboutRequirement = intent.asksRequirement || (asksPermission && namesRequirement(question));
  const fromElsewhere = credentialFromElsewhere(question, state ? knowledge.states.stateName(state) : undefined) ? FROM_ELSEWHERE_WORDS : "";
  const read = readQuestion(question, parts, knowledge, asksPermission, [aboutRequirement ? requirementWordsFor(facts) : "", fromElsewhere].join(" ").trim());
  const floor = coverageFloor(read.terms, read.storyAsks) * domainFloorShare(question);
  // Recalled only when a story is re-ranked or a fact's yes-or-no is read: most questions need neither.
  let recollection: Recollection | undefined;
  const recollect = () => (recollection ??= recall(question));
  const ranked = byFocus(byMemory(byCoverage(rankHits(knowledge.search(read.searchText, 12, read.neighbours), intent), read, knowledge, facts, floor), parts.story ? recollect().entries : new Map(), storyWeight(parts.story)), focusOf(parts.ask), floor);
  const best = ranked[0];
  if (!best || (best.coverage < floor && !rememberedAnswer(best, floor, parts.story ? recollect : undefined))) return unknownAnswer();
  const governing = asksPermission ? governingRule(ranked, floor) : undefined;
  const rule = governing ? cautiousRule(governing, ranked, facts) : undefined;
  let primary = rule && !state ? strictestOnTopic(rule, knowledge) : preferOwnState(rule ?? best.entry, knowledge, state);
  const missing = beyondTheSources(question, primary, knowledge.states);
  if (missing) return unknownAnswer(missing);
  // A story about something the asker did or may do, answered by a limiting rule, is a question of whether: "What
  // should I do?" after telling of a client hired where they work asks what the dual-relationship rule says of it.
  // A yes-rule is not read into a story that did not ask for leave: another rule may forbid what it tells.
  // So is "What should I do if a dual relationship I couldn't avoid comes up?": the situation is told inside the ask.
  const tellsASituation = parts.story !== "" || intent.asksWhatToDo;
  const storyOfAnAct = tellsASituation && (primary.verdict === "depends" || primary.verdict === "not_allowed") && hitFor(primary, ranked).coverage >= floor;
  // "I want to take the exam in November. My mentor says slow down. Who's right?": a story of what the asker plans,
  // with an ask that only frames it, asks whether they may.
  const asksOwnLeave = intent.asksOwnPermission || (read.storyAsks && PLANS_TO.test(parts.story));
  // "How long must I wait before dating a former client?" asks when a rule stops forbidding: the rule's verdict answers.
  const asksWhenAllowed = WAIT_BEFORE.test(parts.ask) && primary.verdict !== undefined;
  let verdict = verdictFor(asksOwnLeave, rule || storyOfAnAct || asksWhenAllowed ? primary : undefined, primary);
  // The story's facts settle what the rule leaves open: a $400 gift card, services that ended three years ago.
  const given = verdictGivenFacts(primary, facts);
  if (given && (asksPermission || intent.asksWhetherMet || intent.asksWithinRole || primary.verdict)) verdict = given;
  // How much of what the person wrote the answering entry covers: a yes must cover more than a fact does.
  const covered = Math.max(weightedCoverage(hitFor(primary, ranked), read.strict, knowledge), requestCoverage(question, parts, knowledge, asksPermission, read, hitFor(primary, ranked)), actCoverage(read, hitFor(primary, ranked), knowledge), withoutTheDoubt(question, parts, knowledge, asksPermission, hitFor(primary, ranked)));
  // A yes-or-no question answered by a fact takes what the fact says (fact-verdicts.ts).
  const fromFact = verdictFromFact(verdict, primary, intent, question, covered >= MIN_COVERAGE_FOR_ALLOWED);
  verdict = fromFact.verdict;
  // Or what people asking the same of this fact were told (remembered-verdict.ts).
  verdict = rememberedVerdict(verdict, primary, intent.asksPermission && !intent.asksRequirement, covered >= MIN_COVERAGE_FOR_ALLOWED, recollect);
  // Or a yes the learned leave model is sure people were given for the same of this entry (learned-leave.ts).
  if (learnedYes(verdict, primary, covered >= MIN_COVERAGE_FOR_ALLOWED, () => leaveFeatures(parts.ask, parts.story !== "", intent, primary))) verdict = "allowed";
  let caveat: string | undefined;
  if (verdict === "allowed") {
    // Only the asker's own "can I" is allowed in part: "can you explain X and which one my son should get?" is not leave.
    if (covered < (intent.asksOwnPermission ? MIN_COVERAGE_FOR_PARTIAL_YES : MIN_COVERAGE_FOR_ALLOWED)) {
      // A yes too thin to give is no answer, but a limit the question also touches is: "she asked if she should skip
      // his pills; I went through the same, what can I tell her?" is not settled by the rule on sharing one's story.
      const limit = limitOnTheQuestion(ranked, best, floor, state);
      if (!limit) return unknownAnswer();
      [primary, verdict] = [limit.entry, limit.entry.verdict!];
    } else if (covered < MIN_COVERAGE_FOR_ALLOWED) [verdict, caveat] = ["depends", PARTIAL_YES_CAVEAT];
  }
  // "Can I be a family partner if my kid never got services?": a yes-rule read past a negated condition is a
  // yes to what the question did not ask. The rule still answers, as one that depends on its conditions.
  if (verdict === "allowed" && NEGATED_CONDITION.test(question) && !fromFact.freeToGoAhead) verdict = "depends";
  // "Is it enough to tell only my supervisor?" asked of a duty ("must report to the authorities and the supervisor"):
  // doing part of what a rule requires is not what it allows.
  if (verdict === "allowed" && PART_OF_A_DUTY.test(question) && DUTY.test(primary.rule)) verdict = "not_allowed";
  const answering = ranked.filter((h) => h.coverage >= floor).map((h) => h.entry);
  const elsewhere = otherStates(primary, answering, state);
  const supporting = ranked.filter((h) => h.entry.id !== primary.id && h.adjusted >= best.adjusted * 0.6).slice(0, 2);
  // Two facts from one document that match equally well each answer part of the question: give both.
  const alsoTrue = verdict === "info" ? supporting.find((h) => h.adjusted >= best.adjusted * ALSO_WITHIN && h.entry.source === primary.source && !h.entry.verdict) : undefined;
  const answer = composeAnswer(verdict, primary, elsewhere, knowledge.states.stateName, { also: alsoTrue?.entry, caveat });
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

/**
 * Only a "can I" question gets a verdict; a fact question answered by a rule's entry is still information. A "can
 * I" question that a requirement, a process or a description of the role settles ("can I take the exam now?", "can
 * wrap partners bill Medicaid for that?") depends on what it says: never a bare fact, never a yes no rule gave.
 */
function verdictFor(asksOwnPermission: boolean, rule: KnowledgeEntry | undefined, primary: KnowledgeEntry): Verdict {
  if (rule) return rule.verdict ?? "info";
  return asksOwnPermission && primary.kind !== "safety" ? "depends" : "info";
}

/** The scope or ethics rule that answers a "can I" question: it must match nearly as well as the best hit, and cover the question. */
function governingRule(ranked: CoveredHit[], floor: number): CoveredHit | undefined {
  const top = ranked[0]!;
  return ranked.find((h) => h.entry.verdict && h.adjusted >= top.adjusted * RULE_WITHIN && h.coverage >= floor);
}

/**
 * A hit that matches the question's rare words but little of what it asks is not its answer: ranking weighs the
 * search score by how much of the question each entry covers. An entry whose verdict turns on a fact the story tells
 * ("four months after we closed", "I never got a GED") is the more specific rule for it, and answers first.
 */
function byCoverage(ranked: RankedHit[], read: ReadQuestion, knowledge: KnowledgeBase, facts: StoryFacts, floor: number): CoveredHit[] {
  const covered = ranked
    .map((hit) => {
      const coverage = coverageOf(hit, read, knowledge);
      return { ...hit, coverage, adjusted: hit.adjusted * coverage };
    })
    .sort((a, b) => b.adjusted - a.adjusted);
  const top = covered[0];
  const specific = covered.find((h) => bearsOn(h.entry, facts) && h.coverage >= floor && h.adjusted >= top!.adjusted * FACT_SPECIFIC_WITHIN);
  return specific ? [{ ...specific, adjusted: top!.adjusted }, ...covered.filter((h) => h !== specific)] : covered;
}

/**
 * A story question's entries re-ranked by the questions like it that people asked before (question-memory.ts): an
 * entry they went to gains up to MEMORY_BONUS times its score, times the story's `weight`. Only after a story: a
 * short question's own words find its entry as well as the memory does, and measured on the retired blind sets the
 * memory moved chat and plain questions as often to a worse entry as to a better one.
 */
function byMemory(ranked: CoveredHit[], recalled: ReadonlyMap<string, number>, weight: number): CoveredHit[] {
  if (recalled.size === 0) return ranked;
  return ranked
    .map((h) => ({ ...h, adjusted: h.adjusted * (1 + weight * MEMORY_BONUS * Math.min(1, recalled.get(h.entry.id) ?? 0)) }))
    .sort((a, b) => b.adjusted - a.adjusted);
}

/**
 * How much a story's remembered questions weigh: fully from STORY_WORDS_FOR_MEMORY words on. A word or two beside
 * the ask ("fp coordinator pay in nc? ballpark") tells no situation, yet recalls questions that share the ask's
 * common words (measured on the retired blind sets: chat +1, nothing else moved).
 */
function storyWeight(story: string): number {
  return Math.min(1, story.split(/\s+/).filter(Boolean).length / STORY_WORDS_FOR_MEMORY);
}

/**
 * A story whose closest remembered questions point firmly to an entry (their squared similarities sum to
 * REMEMBERED_FIRMLY) is answered by it though its words cover the question less than the floor asks, down to
 * REMEMBERED_FLOOR_SHARE of it: the story's background is what people write, not a sign the question is off-topic.
 * Measured on the retired blind sets: story +3 of 875, off-topic and wrong "allowed" unchanged.
 */
function rememberedAnswer(hit: CoveredHit, floor: number, recollect: (() => Recollection) | undefined): boolean {
  if (!recollect || hit.coverage < floor * REMEMBERED_FLOOR_SHARE) return false;
  return (recollect().entries.get(hit.entry.id) ?? 0) >= REMEMBERED_FIRMLY;
}

/**
 * A story told as the question ("... He asked me to help him find out what the medication options are. Is that
 * something I can help with?") asks what its last sentence asks: the background before it (the town, the child's
 * age, how the parent feels) is no part of the request that a yes must cover.
 */
function requestCoverage(question: string, parts: QuestionParts, knowledge: KnowledgeBase, asksPermission: boolean, read: ReadQuestion, hit: CoveredHit): number {
  if (!read.storyAsks || parts.storyPieces.length < 2) return 0;
  const last = parts.storyPieces.at(-1)!;
  const request = readQuestion(question, { ask: last, story: "", askPieces: [last], storyPieces: [] }, knowledge, asksPermission);
  return weightedCoverage(hit, request.strict, knowledge);
}

// "can I run a support group or is that a clinician thing?": the second half doubts the first, in words of its own.
const DOUBT_TAIL = /,?\s+or (is|am) (that|it|this|i|that's)\b[^?]*\??\s*$|,?\s+or (is|does) (that|it) need\b[^?]*\??\s*$/i;

/** An ask that doubts itself ("... or is that not my lane?") is asked by its first half: a yes covers that. */
function withoutTheDoubt(question: string, parts: QuestionParts, knowledge: KnowledgeBase, asksPermission: boolean, hit: CoveredHit): number {
  const last = parts.askPieces.at(-1);
  if (!last || !DOUBT_TAIL.test(last)) return 0;
  const asked = last.replace(DOUBT_TAIL, "?");
  const request = readQuestion(question, { ...parts, ask: asked, askPieces: [...parts.askPieces.slice(0, -1), asked] }, knowledge, asksPermission);
  return weightedCoverage(hit, request.strict, knowledge);
}

// The asker's own title and the words that frame a question of role ("as a parent peer support specialist, is that
// within my scope?") say who asks, not what: a yes covers the rest.
const TITLE_TERMS = new Set("parent peer support specialist specialists family partner partners supporter supporters ppss fps cfpss fp role scope within".split(" ").map(searchTerm).filter((t): t is string => t !== null));

const isTitleOrFrame = (t: QuestionTerm) => t.terms.every((term) => TITLE_TERMS.has(term) || isFrameTerm(term));

/** How much of what the question asks, its asker's title and frame words aside, the entry covers. */
function actCoverage(read: ReadQuestion, hit: CoveredHit, knowledge: KnowledgeBase): number {
  const asked = read.strict.filter((t) => !isTitleOrFrame(t));
  return asked.length > 0 && asked.length < read.strict.length ? weightedCoverage(hit, asked, knowledge) : 0;
}

/** A forbidding rule of the asker's state (or of no state) that covers the question and matches it nearly as well as the best hit. */
function limitOnTheQuestion(ranked: CoveredHit[], best: CoveredHit, floor: number, state: Jurisdiction | undefined): CoveredHit | undefined {
  return ranked.find((h) => h.entry.verdict === "not_allowed" && h.coverage >= floor && h.adjusted >= best.adjusted * LIMIT_WITHIN && (!state || !isState(h.entry.jurisdiction) || h.entry.jurisdiction === state));
}

/** Where two rules match almost equally and disagree, the more cautious one answers: its verdict and its text. */
function cautiousRule(governing: CoveredHit, ranked: CoveredHit[], facts: StoryFacts): KnowledgeEntry {
  // A rule is as cautious as it is for this story: the gift rule "depends", but not for a $300 gift.
  const caution = (entry: KnowledgeEntry) => CAUTION[verdictGivenFacts(entry, facts) ?? entry.verdict!]!;
  let rule = governing.entry;
  for (const hit of ranked) {
    if (!hit.entry.verdict || hit.adjusted < governing.adjusted * NEAR_TIE) continue;
    if (caution(hit.entry) > caution(rule)) rule = hit.entry;
  }
  return rule;
}

/** The primary entry's hit; an entry swapped in for the asker's state counts with the terms its counterpart matched. */
function hitFor(entry: KnowledgeEntry, ranked: CoveredHit[]): CoveredHit {
  return ranked.find((h) => h.entry.id === entry.id) ?? ranked[0]!;
}

function relatedTo(primary: KnowledgeEntry, ranked: RankedHit[], knowledge: KnowledgeBase): { id: string; title: string }[] {
  const ids = [...primary.related, ...ranked.map((h) => h.entry.id)].filter((id) => id !== primary.id);
  return [...new Set(ids)]
    .slice(0, 3)
    .map((id) => knowledge.get(id)!)
    .map((e) => ({ id: e.id, title: e.title }));
}

/**
 * How much of a question its best entry must cover, as a share of the usual floor, by how surely the learned domain
 * model reads it as the knowledge base's own kind of question. Words no entry has count against coverage, yet
 * questions told the way people write carry many ("a $20 coffee card for my bday lol"); off-topic ones carry them too
 * ("the printer jammed on our family night flyers"). Measured on the retired blind sets A, C, D, E, F (see README).
 */
function domainFloorShare(question: string): number {
  const p = inDomainProbability(question);
  if (p >= SURELY_IN_DOMAIN) return IN_DOMAIN_FLOOR_SHARE;
  return p < SURELY_OFF_TOPIC ? OFF_TOPIC_FLOOR_SHARE : 1;
}

/** `missing` says what the nearest entry lacks ("it covers no rules of Texas"), when that is why. */
function unknownAnswer(missing?: string): AnswerReply {
  const answer = `I don't know: my knowledge base does not cover that question${missing ? ` (${missing})` : ""}, so I won't guess. Please ask your supervisor, and check your state's standards.`;
  return { kind: "answer", verdict: "unknown", answer, text: answer, citations: [], related: [], ephemeral: true };
}

function withReminder(reply: AnswerReply): AnswerReply {
  const answer = `${reply.answer}\n\n${CONFIDENTIALITY_REMINDER}`;
  return { ...reply, answer, text: answer };
}
