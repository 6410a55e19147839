import { STOP_WORDS } from "./stop-words.js";

/**
 * The words the domain model reads: lowercased written forms, as the word vectors spell them ("meds", "xmas"), with
 * no synonym rewriting, so the build script and answers read a message alike. Function words are left out: every
 * question has them, in or out of the domain, and a model that learns them learns how questions are phrased.
 */
export function domainWords(text: string): string[] {
  const words = text.toLowerCase().replace(/[\u2018\u2019`]/g, "'").match(/[a-z][a-z'-]*[a-z]|[a-z]/g) ?? [];
  return words.filter((w) => !STOP_WORDS.has(w.replace(/'s$/, "").replace(/'/g, "")));
}
