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

interface Table {
  /** Where each word of CRISIS_WORDS (sorted, space-separated) starts, and one past the end. */
  starts: Int32Array;
  scores: Int16Array;
}

let table: Table | undefined;

/**
 * Read on first use or by warmUpCrisisModel(), not at import (~10 ms). Words are looked up by binary search in the one
 * sorted string rather than a Map of 20,000 strings: the bot's memory stays within its target.
 */
function readTable(): Table {
  if (!table) {
    // Filled in place, without intermediate arrays of 20,000 or 140,000 numbers.
    let words = 1;
    for (let i = CRISIS_WORDS.indexOf(" "); i >= 0; i = CRISIS_WORDS.indexOf(" ", i + 1)) words++;
    const starts = new Int32Array(words + 1);
    for (let w = 1, i = CRISIS_WORDS.indexOf(" "); i >= 0; i = CRISIS_WORDS.indexOf(" ", i + 1)) starts[w++] = i + 1;
    starts[words] = CRISIS_WORDS.length + 1;
    const bytes = Buffer.from(CRISIS_SCORES, "base64");
    const scores = new Int16Array(bytes.length / 2);
    for (let i = 0; i < scores.length; i++) scores[i] = bytes.readInt16LE(i * 2);
    table = { starts, scores };
  }
  return table;
}

export function warmUpCrisisModel(): void {
  readTable();
}

/** The word's row in the table, or -1: compares in place, so a lookup allocates nothing. */
function rowOf(word: string, { starts }: Table): number {
  let low = 0;
  let high = starts.length - 2;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const order = compareAt(word, starts[middle]!, starts[middle + 1]! - 1);
    if (order === 0) return middle;
    if (order < 0) high = middle - 1;
    else low = middle + 1;
  }
  return -1;
}

/** The order of `word` against CRISIS_WORDS[from, to), by UTF-16 code units as JavaScript's sort wrote them. */
function compareAt(word: string, from: number, to: number): number {
  const length = Math.min(word.length, to - from);
  for (let i = 0; i < length; i++) {
    const difference = word.charCodeAt(i) - CRISIS_WORDS.charCodeAt(from + i);
    if (difference !== 0) return difference;
  }
  return word.length - (to - from);
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** `idiomatic`: per sentence, the words of an idiom of hyperbole (see idiomaticWords), which the model does not read. */
export function readWithModel(sentences: Sentences, idiomatic: boolean[][]): ModelReading {
  const known = readTable();
  const { scores } = known;
  const rows = modelWords(sentences, idiomatic, (key) => {
    const row = rowOf(key, known);
    return row >= 0 ? row * STRIDE : undefined;
  });
  if (rows.length === 0) return { probability: 0, kind: CRISIS_KINDS[0] };
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
