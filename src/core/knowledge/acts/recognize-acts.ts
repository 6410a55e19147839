import { sentencesOf } from "../question-parts.js";
import { stem } from "../search-terms.js";
import { ACTS, type Act } from "./act-vocabulary.js";

/**
 * A cue as word sequences that must all occur in one sentence; each sequence's words must be adjacent. A word is
 * matched by its stem, or, written "=word", as typed: "=recording" is the act, though "records" has its stem.
 */
interface CompiledCue {
  act: Act;
  parts: string[][];
}

const COMPILED: CompiledCue[] = ACTS.flatMap((act) => act.cues.map((cue) => ({ act, parts: cue.split("+").map(cueWords) })));
// Each cue under the first word of its first part: a sentence is checked only against cues it could start.
const BY_FIRST_WORD = new Map<string, CompiledCue[]>();
for (const cue of COMPILED) {
  const first = cue.parts[0]![0]!;
  BY_FIRST_WORD.set(first, [...(BY_FIRST_WORD.get(first) ?? []), cue]);
}

/** The acts a message is about, each once, in the order of the knowledge base's act list. */
export function recognizeActs(text: string): Act[] {
  return actsIn(sentencesOf(text));
}

/** The same, for a message already split: a cue's words must all lie within one of these pieces. */
export function actsIn(pieces: readonly string[]): Act[] {
  const found = new Set<Act>();
  for (const piece of pieces) {
    const typed = typedWords(piece);
    const words = typed.map(stem);
    for (const word of new Set([...words, ...typed.map((w) => `=${w}`)])) {
      for (const { act, parts } of BY_FIRST_WORD.get(word) ?? []) {
        if (!found.has(act) && parts.every((part) => containsSequence(words, typed, part))) found.add(act);
      }
    }
  }
  const names = new Set([...found].map((act) => act.name));
  return ACTS.filter((act) => found.has(act) && (!act.refines || names.has(act.refines)));
}

function typedWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019`]/g, "'")
    .split(/[^a-z0-9']+/)
    .map((w) => w.replace(/^'+|'+$/g, ""))
    .filter(Boolean);
}

function cueWords(text: string): string[] {
  return text.split(" ").map((w) => (w.startsWith("=") ? w : stem(w.toLowerCase())));
}

/** Whether `sequence` (see cueWords) occurs in the sentence, whose words are given `stems` and as `typed`. */
function containsSequence(stems: string[], typed: string[], sequence: string[]): boolean {
  const matches = (i: number, cue: string) => (cue.startsWith("=") ? typed[i] === cue.slice(1) : stems[i] === cue);
  outer: for (let i = 0; i + sequence.length <= stems.length; i++) {
    for (let j = 0; j < sequence.length; j++) if (!matches(i + j, sequence[j]!)) continue outer;
    return true;
  }
  return false;
}
