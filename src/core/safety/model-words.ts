import type { Sentences } from "./lemmatize.js";
import { idiomaticWords } from "./tag-concepts.js";

// Content words carry what happened; pronouns, articles and conjunctions mostly say how a message is told (a story
// about a mom, a question about me), which harmless stories share with crises. Reflexives say who is hurt.
const CONTENT_POS = new Set(["NOUN", "PROPN", "VERB", "ADJ", "ADV", "INTJ"]);
// Risk often sits mid-story in a few words; the model scores every stretch of this many content words and keeps the
// highest, so the story around it does not dilute the mean.
export const MODEL_WINDOW = 10;
const isReflexive = (lower: string) => /sel(f|ves)$/.test(lower);

/**
 * The words the crisis model reads, as one stream across sentences (risk often spans two: "He has the pills. He
 * says tonight."): each content word's lemma where the model knows it, else its written form; idioms of hyperbole left out. The build script and assessRisk read messages through this one function.
 */
export function modelWords(sentences: Sentences, known: (key: string) => boolean): string[] {
  const stream: string[] = [];
  for (const words of sentences) {
    const idiomatic = idiomaticWords(words);
    words.forEach((word, i) => {
      if (idiomatic[i] || !(CONTENT_POS.has(word.pos) || isReflexive(word.lower))) return;
      const key = known(word.lemma) ? word.lemma : known(word.lower) ? word.lower : undefined;
      if (key) stream.push(key);
    });
  }
  return stream;
}
