import { int16sOf } from "../language/word-score-table.js";
import type { Verdict } from "../reply.js";
import { LEAVE_SCALE, LEAVE_VERDICTS, LEAVE_WEIGHTS } from "./generated/leave-model-data.js";
import type { KnowledgeEntry } from "./knowledge-entry.js";

// Only a reading this sure changes the answer: chosen on the retired blind sets A, C-F and I-S, which the model never
// trained on (0.8, 0.85, 0.9, 0.92, 0.95; README, "How well it answers"). Below it wrong yeses grow faster than right ones.
const SURE = 0.9;

let weights: Int16Array | undefined;

function table(): Int16Array {
  return (weights ??= int16sOf(LEAVE_WEIGHTS));
}

/** The model's probability of each verdict (in LEAVE_VERDICTS' order) for a question's features (leave-features.ts). */
export function leaveProbabilities(features: readonly number[]): number[] {
  const w = table();
  const classes = LEAVE_VERDICTS.length;
  const scores = LEAVE_VERDICTS.map((_, k) => features.reduce((sum, row) => sum + w[row * classes + k]!, 0) / LEAVE_SCALE);
  const top = Math.max(...scores);
  const exps = scores.map((s) => Math.exp(s - top));
  const total = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / total);
}

/**
 * A question the rules answered "it depends" or with a bare fact, which people asking the same of the same entry
 * were told yes ("is helping her find a ride part of my job?", answered by the entry on concrete support), is a yes
 * when the model is sure of it (scripts/leave-model). It only ever gives a yes, and only from an entry that allows or
 * states a fact (not a process), never over a rule that limits; and, as every yes, only where the entry `coversForYes` the question.
 * `features` is called only then.
 */
export function learnedYes(verdict: Verdict, primary: KnowledgeEntry, coversForYes: boolean, features: () => number[]): boolean {
  if ((verdict !== "depends" && verdict !== "info") || !coversForYes) return false;
  // A process says how a thing is done, and a yes to doing it is no rule's (as verdictFor in answer-question.ts reads it).
  if ((primary.verdict && primary.verdict !== "allowed") || primary.kind === "process") return false;
  const p = leaveProbabilities(features());
  return p[LEAVE_VERDICTS.indexOf("allowed")]! >= SURE;
}
