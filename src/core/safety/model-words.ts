import type { Sentences } from "./lemmatize.js";

// Content words carry what happened; pronouns, articles and conjunctions mostly say how a message is told (a story
// about a mom, a question about me), which harmless stories share with crises. Reflexives say who is hurt.
const CONTENT_POS = new Set(["NOUN", "PROPN", "VERB", "ADJ", "ADV", "INTJ"]);
// Risk often sits mid-story in a few words; the model scores every stretch of this many content words and keeps the
// highest, so the story around it does not dilute the mean.
export const MODEL_WINDOW = 10;
const isReflexive = (lower: string) => /sel(f|ves)$/.test(lower);
// Verbs of reporting say how a message is told too ("the dad said he's going to hang the pictures tonight"): crises are
// so often reported speech that the model learned "said" as a sign of one.
const REPORTING_VERBS = new Set(["say", "tell", "ask", "mention"]);

/**
 * The words the crisis model reads, as one stream across sentences (risk often spans two: "He has the pills. He
 * says tonight."): each content word's lemma where the model knows it, else its written form, as `lookUp` gives it
 * (a table row at answer time, the word itself when training); words of an idiom of hyperbole (`idiomatic`, per
 * sentence, see idiomaticWords) left out. The build script and assessRisk read messages through this one function.
 */
export function modelWords<T>(sentences: Sentences, idiomatic: boolean[][], lookUp: (key: string) => T | undefined): T[] {
  const stream: T[] = [];
  sentences.forEach((words, s) => {
    words.forEach((word, i) => {
      if (idiomatic[s]![i] || REPORTING_VERBS.has(word.lemma) || !(CONTENT_POS.has(word.pos) || isReflexive(word.lower))) return;
      const found = lookUp(word.lemma) ?? lookUp(word.lower);
      if (found !== undefined) stream.push(found);
    });
  });
  return stream;
}
