import type { Verdict } from "../reply.js";
import { QUESTION_MEMORY } from "./generated/question-memory-data.js";
import { indexExamples, type NearestExamples } from "../language/nearest-examples.js";
import { contentTerms } from "./search-terms.js";

/**
 * Questions like this one, asked before, and the entry that answered each: training questions written from the
 * source documents by people who never saw the entries (scripts/question-memory). A story question shares few words
 * with its entry ("a mom asked me to join her essential-oils team") but many with other people's questions about
 * the same rule, so the entries those questions went to are the likely answers.
 */
// Only the closest few questions vote: past that they are about something else that shares a word or two.
const NEIGHBOURS = 5;

/** What a remembered question was answered: its entry and the verdicts a fair answer could give. */
export interface RememberedAnswer {
  entryId: string;
  verdicts: readonly Verdict[];
  /** Whether it asked for leave ("can I ...?"). */
  asksLeave: boolean;
  similarity: number;
}

export interface Recollection {
  /** Entry id -> how strongly the closest remembered questions point to it (the sum of their squared similarities). */
  entries: ReadonlyMap<string, number>;
  closest: readonly RememberedAnswer[];
}

interface Memory {
  answers: Omit<RememberedAnswer, "similarity">[];
  index: NearestExamples;
}

let memory: Memory | undefined;

export function recall(question: string): Recollection {
  const { answers, index } = (memory ??= buildMemory());
  const closest = index.nearest(termsOf(question), NEIGHBOURS).map(([example, similarity]) => ({ ...answers[example]!, similarity }));
  const entries = new Map<string, number>();
  for (const { entryId, similarity: s } of closest) entries.set(entryId, (entries.get(entryId) ?? 0) + s * s);
  return { entries, closest };
}

/** A question's distinct search terms, as the memory stores them (the build script uses this too). */
export function termsOf(question: string): string[] {
  return [...new Set(contentTerms(question).flat())];
}

function buildMemory(): Memory {
  const { entries, examples } = QUESTION_MEMORY;
  const answers = examples.map(([entry, , verdicts, asksLeave]) => ({ entryId: entries[entry]!, verdicts: verdicts.split(" ") as Verdict[], asksLeave: asksLeave === 1 }));
  return { answers, index: indexExamples(examples.map(([, terms]) => terms.split(" "))) };
}
