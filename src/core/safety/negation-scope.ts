import type { Word } from "./lemmatize.js";

const CUES = new Set(["not", "no", "never", "nobody", "nothing", "none", "noone", "without", "nor", "neither", "cannot"]);
// A negation reaches the words that follow it up to a clause break: "hasn't eaten and is crying" negates eating only.
const BREAKS = new Set(["and", "but", "because", "although", "though", "yet", "so", "while", "since", "until", "or", "when", "if"]);
const REACH = 6;
// "can't stop thinking about it", "never stopped cutting": a negated stop is the thing going on.
const STOPPING = new Set(["stop", "quit", "help"]);

/**
 * Which words a negation governs. wink-nlp's own flag runs to the end of the sentence across "and" ("doesn't want
 * to live and gave away his things" would deny the giving away), so the scope is drawn here: a clause, at most
 * six words.
 */
export function negationScope(words: Word[]): boolean[] {
  const scope = new Array<boolean>(words.length).fill(false);
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (!CUES.has(word.lemma) && !CUES.has(word.lower)) continue;
    for (let k = i + 1; k < words.length && k <= i + REACH; k++) {
      const next = words[k]!;
      if (next.pos === "PUNCT" || BREAKS.has(next.lemma)) break;
      scope[k] = true;
      if (STOPPING.has(next.lemma)) break;
    }
  }
  return scope;
}
