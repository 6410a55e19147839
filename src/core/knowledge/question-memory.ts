import type { Verdict } from "../reply.js";
import { QUESTION_MEMORY } from "./generated/question-memory-data.js";
import { indexExamples, type NearestExamples } from "../language/nearest-examples.js";
import { distinctContentTerms } from "./search-terms.js";

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
  entries: readonly string[];
  /** Per example: its entry's index, its verdicts (an index into `verdictLists`), whether it asks for leave. */
  entryOf: Uint16Array;
  verdictsOf: Uint8Array;
  verdictLists: Verdict[][];
  asksLeave: Uint8Array;
  index: NearestExamples;
}

let memory: Memory | undefined;

export function recall(question: string): Recollection {
  const m = (memory ??= buildMemory());
  const closest = m.index.nearest(distinctContentTerms(question), NEIGHBOURS).map(([example, similarity]) => ({
    entryId: m.entries[m.entryOf[example]!]!,
    verdicts: m.verdictLists[m.verdictsOf[example]!]!,
    asksLeave: m.asksLeave[example] === 1,
    similarity,
  }));
  const entries = new Map<string, number>();
  for (const { entryId, similarity: s } of closest) entries.set(entryId, (entries.get(entryId) ?? 0) + s * s);
  return { entries, closest };
}

// Typed arrays, not an object per example: the memory is resident for as long as the bot runs.
function buildMemory(): Memory {
  const rows = QUESTION_MEMORY.examples.split("\n").map((line) => line.split("\t"));
  const lists = [...new Set(rows.map(([, , verdicts]) => verdicts!))];
  const listIndex = new Map(lists.map((list, i) => [list, i]));
  return {
    entries: QUESTION_MEMORY.entries,
    entryOf: Uint16Array.from(rows, ([entry]) => Number(entry)),
    verdictsOf: Uint8Array.from(rows, ([, , verdicts]) => listIndex.get(verdicts!)!),
    verdictLists: lists.map((list) => list.split(" ") as Verdict[]),
    asksLeave: Uint8Array.from(rows, ([, , , leave]) => Number(leave)),
    index: indexExamples(rows.map(([, terms]) => terms!.split(" "))),
  };
}
