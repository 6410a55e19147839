// What the crisis model's table was trained from, as a short hash: each example's kind and text, and the words the
// model reads of it (lemmatize, idiomaticWords with the idiom list, modelWords). The build script writes it into the
// table; a test recomputes it, so a table left stale by a changed example, idiom or reading fails with the command to run.
import { createHash } from "node:crypto";
import { lemmatize, type Sentences } from "../../src/core/safety/lemmatize.js";
import { modelWords } from "../../src/core/safety/model-words.js";
import { idiomaticWords } from "../../src/core/safety/tag-concepts.js";
import { readExamples, type Example } from "./read-examples.js";

export interface ReadExample extends Example {
  sentences: Sentences;
  /** Per sentence, which words belong to an idiom of hyperbole: the model does not read them. */
  idiomatic: boolean[][];
}

/** The training examples, each read as the bot reads a message. */
export function readTrainingExamples(): ReadExample[] {
  return readExamples().map((e) => {
    const sentences = lemmatize(e.text);
    return { ...e, sentences, idiomatic: sentences.map((words) => idiomaticWords(words)) };
  });
}

export function trainingFingerprint(examples: ReadExample[]): string {
  const hash = createHash("sha256");
  for (const e of examples) hash.update(`${e.kind ?? "-"}\t${e.text}\t${modelWords(e.sentences, e.idiomatic, (key) => key).join(" ")}\n`);
  return hash.digest("hex").slice(0, 16);
}
