import { createRequire } from "node:module";
import type { ItsFunction, WinkMethods } from "wink-nlp";

/** One word of a message: its lemma ("shook" -> "shake"), its lower-case form and its universal part of speech. */
export interface Word {
  lemma: string;
  lower: string;
  pos: string;
}

/** A message as sentences of words, read once by wink-nlp's English model and shared by everything that reads it. */
export type Sentences = Word[][];

const require = createRequire(import.meta.url);
const QUOTATION_MARKS = new Set(['"', "\u201c", "\u201d", "``", "''"]);
let nlp: WinkMethods | undefined;

/**
 * wink-nlp's model costs ~350 ms of CPU to read (it decodes a 3 MB lexicon), so it is read on first use or by
 * warmUpLemmatizer() once the bot is listening, not at import: start-up does not wait for it.
 */
function reader(): WinkMethods {
  if (!nlp) {
    const winkNLP = require("wink-nlp") as typeof import("wink-nlp").default;
    // Sentence boundaries and parts of speech: the lemmas of "saw" and "left" depend on them.
    nlp = winkNLP(require("wink-eng-lite-web-model"), ["sbd", "pos"]);
  }
  return nlp;
}

export function warmUpLemmatizer(): void {
  reader();
}

// The words whose "'s" wink-nlp's lexicon reads as a contraction ("she's" is "she is"): they stay whole.
const CONTRACTED_S = new Set(["she", "he", "it", "that", "what", "there", "who", "here", "let", "where", "how", "when", "why", "everyone", "everybody", "nobody", "somebody", "someone", "something", "everything", "nothing", "this"]);
const POSSESSIVE = /\b([A-Za-z]+)(['\u2019])s\b/g;

/**
 * wink-nlp keeps each word it has not seen in its lexicon, and a word it knows is not split again: "my daughter's."
 * at a sentence's end taught it "daughter's" as one word, after which every "daughter's" stayed whole (wink-nlp
 * #143: state carried between documents). Splitting the possessive first reads every message the same, whatever
 * was read before.
 */
function splitPossessives(text: string): string {
  return text.replace(POSSESSIVE, (whole, word: string, mark: string) => (CONTRACTED_S.has(word.toLowerCase()) ? whole : `${word} ${mark}s`));
}

export function lemmatize(text: string): Sentences {
  const engine = reader();
  const its = engine.its;
  const doc = engine.readDoc(splitPossessives(text));
  const tokens = doc.tokens();
  const lemmas = tokens.out(its.lemma as unknown as ItsFunction<string>) as string[];
  const lower = tokens.out(its.normal) as string[];
  const pos = tokens.out(its.pos) as string[];
  const spans = doc.sentences().out(its.span) as unknown as [number, number][];
  return spans.map(([first, last]) => {
    const words: Word[] = [];
    for (let i = first; i <= last; i++) {
      // A quotation mark does not break a phrase: said someone should "take care of her".
      // The model gives no lemma for a split contraction before a comma ("cannot,"): the word is its own lemma.
      if (!QUOTATION_MARKS.has(lower[i]!)) words.push({ lemma: (lemmas[i] ?? lower[i]!).toLowerCase(), lower: lower[i]!, pos: pos[i]! });
    }
    return words;
  });
}
