import { CHAT_SYNONYMS } from "./chat-synonyms.js";
import { ownEntry } from "../own-entry.js";

const PHRASES = Object.keys(CHAT_SYNONYMS).filter((k) => k.includes(" "));
const LONGEST_PHRASE = Math.max(...PHRASES.map((k) => k.split(" ").length));
// Only a word that starts some phrase is worth trying phrases at: most words start none.
const PHRASE_STARTS = new Set(PHRASES.map((k) => k.split(" ")[0]!));

/**
 * The words of a message in the knowledge base's vocabulary, one group per word or phrase the person typed:
 * "meds" -> ["medication"], "story" -> ["story", "lived", "experience", "self-disclosure"]. Keeping the groups
 * lets coverage count what the person said once, however many words it expands to.
 */
export function normalizeGroups(text: string): string[][] {
  const cleaned = text
    .toLowerCase()
    .replace(/[\u2018\u2019`]/g, "'")
    .replace(/[\u2013\u2014]/g, " ")
    .replace(/(\d),(\d{3})/g, "$1$2")
    .replace(/'s\b/g, "")
    // Tokens split at slashes, so "w/o" is read whole first.
    .replace(/\bw\/o\b/g, "without")
    // "max # of families": the sign is the word.
    .replace(/#(?=\s*of\b)/g, " number ")
    .replace(/[^a-z0-9$%.'/ -]+/g, " ");
  const tokens = tokenize(cleaned);
  const groups: string[][] = [];
  for (let i = 0; i < tokens.length; ) {
    const phraseLength = longestSynonymAt(tokens, i);
    const said = tokens.slice(i, i + phraseLength).join(" ");
    groups.push(tokenize(ownEntry(CHAT_SYNONYMS, said) ?? said));
    i += phraseLength;
  }
  return groups;
}

/** Lowercases, unifies apostrophes and dashes, and rewrites chat shorthand into the knowledge base's words. */
export function normalizeText(text: string): string {
  return normalizeGroups(text).flat().join(" ");
}

/** Splits text into search tokens. */
export function tokenize(text: string): string[] {
  return text
    .split(/[\s/]+/)
    .map((t) => t.replace(/^[-.']+|[-.',]+$/g, ""))
    .filter(Boolean);
}

function longestSynonymAt(tokens: string[], start: number): number {
  if (!PHRASE_STARTS.has(tokens[start]!)) return 1;
  for (let length = Math.min(LONGEST_PHRASE, tokens.length - start); length > 1; length--) {
    if (CHAT_SYNONYMS[tokens.slice(start, start + length).join(" ")] !== undefined) return length;
  }
  return 1;
}
