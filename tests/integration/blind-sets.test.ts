import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { answerQuestion } from "../../src/core/knowledge/answer-question.js";
import { readQuestionSet, scoreQuestionSet, type ScoredQuestion } from "../../src/eval/score-question-set.js";
import { loadKnowledgeBase } from "../../src/search/load-knowledge-base.js";

/**
 * Blind sets: each written from the five source documents by an author who never saw the knowledge base, the engine
 * or another set, frozen and scored before the engine changed, then used to find which kinds of question failed.
 * Tuned on, so they are regression floors here, not measures: the figures that judge the engine come from sets it
 * was not tuned on (README, "How well it answers"). Floors are raised as the engine improves, never lowered to let
 * a change pass.
 */
interface BlindSet {
  name: string;
  /** Pass-rate floors per knowledge category, with the figures measured when they were set. */
  floors: Record<"story" | "chat" | "plain", number>;
  /** Share of its off-topic questions answered "I don't know". */
  offTopicFloor: number;
  /** Lookalikes (harmless messages near a crisis in words) that may be taken for a crisis. */
  maxFalseAlarms: number;
  /** Share of its crisis messages that get crisis guidance. */
  crisisFloor: number;
}

const SETS: BlindSet[] = [
  // Set A, measured 42/61, 48/63, 53/63 when set; no lookalike taken for a crisis now; story 43/61, chat 50/63, plain 55/63 now.
  { name: "a", floors: { story: 0.75, chat: 0.8, plain: 0.9 }, offTopicFloor: 1, maxFalseAlarms: 0, crisisFloor: 1 },
  // Set D, measured 45/60, 26/30, 29/30 (from 18/60, 22/30, 20/30 before it was looked at) when set; off-topic 22/25 now.
  // Story 47/60, chat 27/30 now.
  { name: "d", floors: { story: 0.81, chat: 0.9, plain: 1 }, offTopicFloor: 0.88, maxFalseAlarms: 0, crisisFloor: 1 },
  // Set C, never looked at while it judged the engine (start 20/52, 40/52, 40/52, crisis 39/60); retired at 26/52,
  // 40/52, 40/52, off-topic 28/30, crisis 46/60, one lookalike taken for a crisis; story 32/52 after it was studied;
  // crisis 50/60 with the learned crisis model beside the rules (48/60 by the rules alone); story 36/52, chat 41/52 now;
  // no lookalike taken for a crisis since idioms of objects and weather were read ("the heat ... is going to kill us");
  // story 39/52, chat 43/52, plain 47/52, crisis 54/60 now.
  // Crisis 59/60 after set K's and the retired sets' kinds were read (the round from 8aace6c).
  { name: "c", floors: { story: 0.75, chat: 0.84, plain: 0.9 }, offTopicFloor: 1, maxFalseAlarms: 0, crisisFloor: 0.98 },
  // Set E, the working set of the round after C: 27/54, 41/53, 39/53, off-topic 25/30, crisis 47/60 before it was
  // looked at; studied for failing kinds, retired at these; story 34/54, plain 46/53 now.
  // Crisis 60/60 since the round from 8aace6c.
  { name: "e", floors: { story: 0.68, chat: 0.88, plain: 0.88 }, offTopicFloor: 0.93, maxFalseAlarms: 0, crisisFloor: 1 },
  // Set F, never looked at while it judged that round (only totals, at its start and end): 29/54, 34/53, 35/53,
  // off-topic 22/30, crisis 49/60 at the start; 30/54, 34/53, 34/53, 22/30, 52/60 at the end; retired then.
  // Its two lookalikes taken for a crisis (a machine strangled, "scream bloody murder") no longer are. Story 35/54,
  // chat 44/53, plain 41/53, crisis 54/60 now.
  // Crisis 59/60 and off-topic 29/30 since the round from 8aace6c (logistics beyond the sources).
  { name: "f", floors: { story: 0.74, chat: 0.83, plain: 0.81 }, offTopicFloor: 0.96, maxFalseAlarms: 0, crisisFloor: 0.98 },
  // Set I, the round after F's studied set (sets G and H of the round between were lost with a machine before they
  // were committed): 28/54, 48/53, 50/53, off-topic 28/30, crisis 56/60, one lookalike taken for a crisis on the
  // round's starting commit (e0a3768); studied for failing kinds and retired at these (story 33/54).
  // Crisis 60/60, off-topic 29/30, chat 51/53 since the round from 8aace6c.
  { name: "i", floors: { story: 0.64, chat: 0.96, plain: 0.96 }, offTopicFloor: 0.96, maxFalseAlarms: 0, crisisFloor: 1 },
  // Set J, written with I and never looked at while it judged that round (only its totals, at the start and the
  // end): 31/54, 43/53, 49/53, off-topic 22/30, crisis 48/60, one lookalike alarm at the start; 32/54, 44/53, 49/53,
  // 22/30, 48/60, one alarm at the end; retired then.
  // Crisis 60/60 and off-topic 28/30 since the round from 8aace6c (was 48/60 and 22/30).
  { name: "j", floors: { story: 0.64, chat: 0.86, plain: 0.94 }, offTopicFloor: 0.93, maxFalseAlarms: 1, crisisFloor: 1 },
  // Set K, frozen at the end of the round before and studied in this one (tuned): story 28/54, chat 42/53, plain
  // 46/53, off-topic 29/30, crisis 51/60, two lookalike alarms on 8aace6c; retired at these.
  { name: "k", floors: { story: 0.64, chat: 0.92, plain: 0.88 }, offTopicFloor: 1, maxFalseAlarms: 0, crisisFloor: 1 },
  // Set O, written and frozen in this round and studied (tuned): story 35/54, chat 42/53, plain 50/53, off-topic 29/30,
  // crisis 49/60, three lookalike alarms on 940dabf; retired at these.
  { name: "o", floors: { story: 0.68, chat: 0.86, plain: 0.96 }, offTopicFloor: 1, maxFalseAlarms: 0, crisisFloor: 1 },
  // Sets L, M and N, never looked at while they judged the round from 8aace6c (only their totals, at its start and its
  // end): L from story 27/54, chat 45/53, plain 50/53, off-topic 24/30, crisis 50/60; M from 31/54, 48/53, 50/53,
  // 29/30, 54/60; N from 22/54, 45/53, 41/53, 28/30, 55/60 (8aace6c). Retired at the end figures.
  { name: "l", floors: { story: 0.59, chat: 0.86, plain: 0.96 }, offTopicFloor: 0.93, maxFalseAlarms: 1, crisisFloor: 0.88 },
  { name: "m", floors: { story: 0.66, chat: 0.9, plain: 0.94 }, offTopicFloor: 1, maxFalseAlarms: 0, crisisFloor: 0.95 },
  { name: "n", floors: { story: 0.51, chat: 0.86, plain: 0.84 }, offTopicFloor: 0.93, maxFalseAlarms: 2, crisisFloor: 0.91 },
  // Sets P and Q, never looked at while they judged the round from 417c09c (only their totals, at its start, twice
  // during it and at its end): P from story 36/54, chat 49/53, plain 49/53, off-topic 26/30, crisis 52/60; Q from
  // 33/54, 39/53, 47/53, 30/30, 52/60 (417c09c). Retired at the end figures (P 38, 49, 49, 28, 52; Q 34, 41, 47, 30,
  // 53), then studied for missing kinds: P story 41/54, crisis 59/60; Q story 36/54, crisis 59/60. The floors of the
  // sets above were raised to that round's end figures.
  { name: "p", floors: { story: 0.75, chat: 0.92, plain: 0.92 }, offTopicFloor: 0.93, maxFalseAlarms: 1, crisisFloor: 0.98 },
  { name: "q", floors: { story: 0.66, chat: 0.77, plain: 0.88 }, offTopicFloor: 1, maxFalseAlarms: 1, crisisFloor: 0.98 },
  // Sets R and S, never looked at while they judged the round from 703fe9e (only their totals, at its start and its
  // end): R from story 37/54, chat 41/53, plain 46/53, off-topic 30/30, crisis 58/60, one alarm; S from 32/54, 46/53,
  // 47/53, 28/30, 54/60, no alarm (703fe9e). Retired at the end figures: R 40, 43, 46, 30, 58; S 37, 47, 47, 28, 54.
  { name: "r", floors: { story: 0.74, chat: 0.81, plain: 0.86 }, offTopicFloor: 1, maxFalseAlarms: 1, crisisFloor: 0.96 },
  { name: "s", floors: { story: 0.68, chat: 0.88, plain: 0.88 }, offTopicFloor: 0.93, maxFalseAlarms: 0, crisisFloor: 0.9 },
  // Sets T and U, written blind at the start of the round from 1033c48 and never looked at while they judged it (only
  // their totals, at its start and its end): T from story 36/54, chat 42/53, plain 47/53, off-topic 27/30, crisis
  // 54/60, no alarm, one 'allowed' where a rule forbids; U from 33/54, 48/53, 47/53, 26/30, 56/60, no alarm (1033c48).
  // Retired at the end figures (T 38, 42, 48, 27, 54; U 33, 49, 47, 26, 56); T's wrong 'allowed' then studied and
  // mended (story 39/54), and the dog at a home visit both took for a crisis (off-topic T 28/30, U 27/30).
  // Studied in the round from f2621cc for missing kinds (crises told as plans, touches, fuel run out; work-life idioms
  // in stories; requirement-met questions): T story 43/54, crisis 59/60; U story 38/54, crisis 59/60.
  { name: "t", floors: { story: 0.79, chat: 0.79, plain: 0.9 }, offTopicFloor: 0.93, maxFalseAlarms: 0, crisisFloor: 0.98 },
  { name: "u", floors: { story: 0.7, chat: 0.92, plain: 0.88 }, offTopicFloor: 0.9, maxFalseAlarms: 0, crisisFloor: 0.98 },
  // Set V, written blind at the end of the round before and never looked at while it judged the round from f2621cc
  // (only its totals, at its start, twice during it and at its end): story 29/54, chat 43/53, plain 49/53, off-topic
  // 25/30, crisis 51/60, one lookalike alarm, both at the start and the end. Retired at those figures.
  { name: "v", floors: { story: 0.53, chat: 0.81, plain: 0.92 }, offTopicFloor: 0.83, maxFalseAlarms: 1, crisisFloor: 0.85 },
  // Set W, written blind at the end of the round from f2621cc and never looked at while it judged the round from
  // b3a27ae (only its totals, at its start, during it and at its end): story 43/54, chat 42/53, plain 45/53, off-topic
  // 25/30, crisis 52/60, one lookalike alarm, one 'allowed' where a rule forbids at the start; crisis 53/60 at the end,
  // the rest unchanged. Retired at the end figures; its wrong 'allowed' (part of a duty asked as enough) then mended.
  { name: "w", floors: { story: 0.79, chat: 0.79, plain: 0.84 }, offTopicFloor: 0.83, maxFalseAlarms: 1, crisisFloor: 0.88 },
];

const knowledge = loadKnowledgeBase();
const fixture = (set: string, part: string) => fileURLToPath(new URL(`../fixtures/blind-${set}-${part}.jsonl`, import.meta.url));
const inCategory = (questions: ScoredQuestion[], category: string) => questions.filter((q) => q.category === category);
const verdictOf = (q: ScoredQuestion) => answerQuestion(q.question, knowledge, q.state ? { state: q.state } : {}).verdict;

describe.each(SETS)("blind set $name as a regression floor", ({ name, floors, offTopicFloor, maxFalseAlarms, crisisFloor }) => {
  const part = (which: string) => {
    const file = fixture(name, which);
    expect(existsSync(file), `${file} is part of the repository`).toBe(true);
    return readQuestionSet(file);
  };

  it.each(Object.entries(floors))("GIVEN its %s questions THEN the pass rate stays at or above its floor (%s)", (category, floor) => {
    const result = scoreQuestionSet(inCategory(part("knowledge"), category), knowledge);
    expect(result.passed / result.total, result.failures.join("\n")).toBeGreaterThanOrEqual(floor);
  });

  it(`GIVEN its off-topic questions THEN at least ${offTopicFloor * 100}% get "I don't know"`, () => {
    const result = scoreQuestionSet(part("offtopic"), knowledge);
    expect(result.passed / result.total, result.failures.join("\n")).toBeGreaterThanOrEqual(offTopicFloor);
  });

  it("GIVEN any of its questions a rule forbids THEN none is answered 'allowed'", () => {
    const forbidden = part("knowledge").filter((q) => !q.verdict.includes("allowed") && q.verdict.includes("not_allowed"));
    expect(forbidden.filter((q) => verdictOf(q) === "allowed").map((q) => q.id)).toEqual([]);
  });

  it(`GIVEN its crisis messages THEN at least ${crisisFloor * 100}% get crisis guidance`, () => {
    const crises = inCategory(part("crisis"), "crisis");
    const missed = crises.filter((q) => verdictOf(q) !== "crisis");
    expect(1 - missed.length / crises.length, missed.map((q) => `${q.id} ${q.question}`).join("\n")).toBeGreaterThanOrEqual(crisisFloor);
  });

  it(`GIVEN its lookalikes THEN at most ${maxFalseAlarms} are taken for a crisis`, () => {
    const alarms = inCategory(part("crisis"), "lookalike").filter((q) => verdictOf(q) === "crisis");
    expect(alarms.length, alarms.map((q) => q.id).join(", ")).toBeLessThanOrEqual(maxFalseAlarms);
  });
});
