import { readWordScoreTable, type WordScoreTable } from "../language/word-score-table.js";
import { CRISIS_KINDS, type CrisisKind } from "./crisis-rules.js";
import { CRISIS_MODEL_BIAS, CRISIS_SCORES, CRISIS_WORDS, KIND_BIASES, KIND_SCALE, SCORE_SCALE } from "./generated/crisis-word-scores.js";
import type { Sentences } from "./lemmatize.js";
import { MODEL_WINDOW, modelWords } from "./model-words.js";

/** The learned signal's reading of a message: the probability of its most crisis-like stretch, and that stretch's kind. */
export interface ModelReading {
  probability: number;
  kind: CrisisKind;
}

// Per word: its crisis score, then one score per kind.
const STRIDE = 1 + CRISIS_KINDS.length;

let table: WordScoreTable | undefined;

/** Read on first use or by warmUpCrisisModel(), not at import (~10 ms). */
function readTable(): WordScoreTable {
  table ??= readWordScoreTable(CRISIS_WORDS, CRISIS_SCORES, STRIDE);
  return table;
}

export function warmUpCrisisModel(): void {
  readTable();
}

const MIN_WORDS_READ = 3;

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** `idiomatic`: per sentence, the words of an idiom of hyperbole (see idiomaticWords), which the model does not read. */
export function readWithModel(sentences: Sentences, idiomatic: boolean[][]): ModelReading {
  const { rowOf, scores } = readTable();
  const rows = modelWords(sentences, idiomatic, rowOf);
  // One or two known words left once idioms and a question's frame are set aside ("come" in "what does it mean by family
  // partners coming from 'the other side of the counter'") are too few to judge: a single word's score is no message.
  if (rows.length < MIN_WORDS_READ) return { probability: 0, kind: CRISIS_KINDS[0] };
  // The window of MODEL_WINDOW words with the highest mean crisis score (a running sum).
  const width = Math.min(MODEL_WINDOW, rows.length);
  let sum = 0;
  let best = -Infinity;
  let bestStart = 0;
  for (let i = 0; i < rows.length; i++) {
    sum += scores[rows[i]!]!;
    if (i >= width) sum -= scores[rows[i - width]!]!;
    if (i >= width - 1 && sum > best) [best, bestStart] = [sum, i - width + 1];
  }
  const window = rows.slice(bestStart, bestStart + width);
  const kindLogits = CRISIS_KINDS.map((_, k) => KIND_BIASES[k]! + window.reduce((s, row) => s + scores[row + 1 + k]!, 0) / width / KIND_SCALE);
  return {
    probability: sigmoid(CRISIS_MODEL_BIAS + best / width / SCORE_SCALE),
    kind: CRISIS_KINDS[kindLogits.indexOf(Math.max(...kindLogits))]!,
  };
}
