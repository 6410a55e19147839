// A message as features for a linear model over word vectors: the SIF-weighted mean of its words' vectors (dense)
// and each word's share of it (sparse). A linear model's score of such a mean is the mean of one number per word,
// so the build scripts can store per-word scores instead of vectors (see wordScore).
import type { Features, LinearModel } from "./train-logistic.js";
import type { WordVectors } from "./read-word-vectors.js";

// SIF's smoothing: a word as frequent as 1 in 1,000 counts half as much as a rare one.
const SIF_A = 1e-3;
// Each word's own feature is its share of the text times this, so per-word weights learn at the pace of the dense ones.
export const WORD_FEATURE_SCALE = 10;
const DIMENSIONS = 100;

export interface SifFeatures {
  featuresOf(words: readonly string[]): Features;
  /** The word's share of a linear model's score of any text it is in, times `scale`, rounded. */
  wordScore(model: LinearModel, word: string, scale: number): number;
}

/** `wordIndex`: each word of the model's vocabulary (all in `vectors`) to its per-word weight's index. */
export function sifFeatures(vectors: WordVectors, wordIndex: ReadonlyMap<string, number>): SifFeatures {
  const rank = new Map(vectors.words.map((w, i) => [w, i + 1]));
  // Zipf's law gives a word's probability from its frequency rank: p(r) = 1 / (r · H), H the harmonic number of the list.
  const harmonic = Math.log(vectors.words.length) + 0.5772;
  const sifWeight = (word: string) => SIF_A / (SIF_A + 1 / (rank.get(word)! * harmonic));
  return {
    featuresOf(words) {
      const dense = new Float64Array(DIMENSIONS);
      const shares = new Map<number, number>();
      for (const word of words) {
        const v = vectors.vectorOf(word)!;
        const weight = sifWeight(word) / words.length;
        for (let d = 0; d < DIMENSIONS; d++) dense[d]! += weight * v[d]!;
        const index = wordIndex.get(word)!;
        shares.set(index, (shares.get(index) ?? 0) + WORD_FEATURE_SCALE / words.length);
      }
      return { dense, sparse: [...shares] };
    },
    wordScore(model, word, scale) {
      const v = vectors.vectorOf(word)!;
      let sum = 0;
      for (let d = 0; d < DIMENSIONS; d++) sum += model.dense[d]! * v[d]!;
      return Math.round((sifWeight(word) * sum + WORD_FEATURE_SCALE * model.sparse[wordIndex.get(word)!]!) * scale);
    },
  };
}
