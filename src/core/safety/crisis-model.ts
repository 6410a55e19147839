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
  rowOf: Map<string, number>;
  scores: Int16Array;
}

let table: Table | undefined;

/** Read on first use or by warmUpCrisisModel(), not at import: decoding the table takes ~30 ms of CPU. */
function readTable(): Table {
  if (!table) {
    const rowOf = new Map(CRISIS_WORDS.split(" ").map((word, row) => [word, row]));
    // Copied out of Buffer's pool, whose offsets need not be even; little-endian, as written, on every platform Node runs on.
    const scores = new Int16Array(Uint8Array.from(Buffer.from(CRISIS_SCORES, "base64")).buffer);
    table = { rowOf, scores };
  }
  return table;
}

export function warmUpCrisisModel(): void {
  readTable();
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

export function readWithModel(sentences: Sentences): ModelReading {
  const { rowOf, scores } = readTable();
  const rows = modelWords(sentences, (key) => rowOf.has(key)).map((word) => rowOf.get(word)! * STRIDE);
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
