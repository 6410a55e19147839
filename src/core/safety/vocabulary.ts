/**
 * What a concept is made of: single words (matched on lemma or written form), phrases of lemmas in order
 * ("<NOUN>" stands for any noun, "<VERB>" for any verb), and when it counts: `negated` concepts exist only under
 * a negation ("isn't breathing", "nobody is feeding them"); the others are tagged with whether they were negated.
 */
export interface Vocabulary {
  words: string[];
  phrases: string[][];
  when: "any" | "negated";
}

export const singleWords = (words: string[]) => words.filter((w) => !w.includes(" "));
export const multiWords = (words: string[]) => words.filter((w) => w.includes(" "));

export function vocabulary(words: string, phrases: string[] = [], when: Vocabulary["when"] = "any"): Vocabulary {
  return { words: words.split(/\s+/).filter(Boolean), phrases: phrases.map((p) => p.split(" ")), when };
}

