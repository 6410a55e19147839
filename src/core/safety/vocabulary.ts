/**
 * What a concept is made of: single words (matched on lemma or written form), phrases of lemmas in order
 * ("<NOUN>" stands for any noun, "<VERB>" for any verb), and when it counts: `negated` concepts exist only under
 * a negation ("isn't breathing", "nobody is feeding them"); the others are tagged with whether they were negated.
 */
export interface Vocabulary {
  words: string[];
  phrases: string[][];
  when: "any" | "negated";
  /** Read on the words of idioms too: a veto such as "move to" a new network names no harm, and may sit in an idiom. */
  inIdioms?: boolean;
}

export const singleWords = (words: string[]) => words.filter((w) => !w.includes(" "));
export const multiWords = (words: string[]) => words.filter((w) => w.includes(" "));

export function vocabulary(words: string, phrases: string[] = [], when: Vocabulary["when"] = "any"): Vocabulary {
  return { words: words.split(/\s+/).filter(Boolean), phrases: phrases.map((p) => p.split(" ")), when };
}


/** A vocabulary that only ever vetoes, read on idioms' words as well ("move to" is an idiom, and still a move). */
export function vetoVocabulary(words: string, phrases: string[] = []): Vocabulary {
  return { ...vocabulary(words, phrases), inIdioms: true };
}
