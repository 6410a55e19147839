import { sentencesOf } from "../question-parts.js";
import { stem } from "../search-terms.js";
import { ACTS, type Act } from "./act-vocabulary.js";

/** A cue as stemmed word sequences that must all occur in one sentence; each sequence's words must be adjacent. */
interface CompiledCue {
  act: Act;
  parts: string[][];
}

const COMPILED: CompiledCue[] = ACTS.flatMap((act) => act.cues.map((cue) => ({ act, parts: cue.split("+").map(stemmedWords) })));

/** The acts a message is about, each once, in the order of the knowledge base's act list. */
export function recognizeActs(text: string): Act[] {
  const sentences = sentencesOf(text).map(stemmedWords);
  const found = new Set<Act>();
  for (const { act, parts } of COMPILED) {
    if (found.has(act)) continue;
    if (sentences.some((words) => parts.every((part) => containsSequence(words, part)))) found.add(act);
  }
  return ACTS.filter((act) => found.has(act));
}

function stemmedWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019`]/g, "'")
    .split(/[^a-z0-9']+/)
    .map((w) => w.replace(/^'+|'+$/g, ""))
    .filter(Boolean)
    .map(stem);
}

function containsSequence(words: string[], sequence: string[]): boolean {
  outer: for (let i = 0; i + sequence.length <= words.length; i++) {
    for (let j = 0; j < sequence.length; j++) if (words[i + j] !== sequence[j]) continue outer;
    return true;
  }
  return false;
}
