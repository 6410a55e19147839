/**
 * What a concept is made of: single words (matched on lemma or written form), phrases of lemmas in order
 * ("<NOUN>" stands for any noun, "<VERB>" for any verb), and when it counts: `negated` concepts exist only under
 * a negation ("isn't breathing", "nobody is feeding them"); the others are tagged with whether they were negated.
 */
export interface Vocabulary {
  words: string[];
  phrases: string[][];
  when: "any" | "negated";
  /** Read on the words of idioms too: "move to" a new network and "on his way" to her place sit in idioms, and still say something. */
  inIdioms?: boolean;
}

export const singleWords = (words: string[]) => words.filter((w) => !w.includes(" "));
export const multiWords = (words: string[]) => words.filter((w) => w.includes(" "));

export function vocabulary(words: string, phrases: string[] = [], when: Vocabulary["when"] = "any"): Vocabulary {
  return { words: words.split(/\s+/).filter(Boolean), phrases: phrases.map((p) => p.split(" ")), when };
}


/**
 * A vocabulary read on idioms' words as well: "move to" is an idiom and still a move (a veto on farewells); "on his
 * way" is an idiom of routes, and "on his way to her place" still an approach.
 */
export function vocabularyInIdioms(words: string, phrases: string[] = []): Vocabulary {
  return { ...vocabulary(words, phrases), inIdioms: true };
}
