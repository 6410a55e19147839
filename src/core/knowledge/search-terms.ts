import { STOP_WORDS } from "./stop-words.js";
import { normalizeGroups } from "./normalize-text.js";

// Longest first, so "discrimination" and "discriminating" both come down to "discrimin".
const SUFFIXES = ["ations", "ation", "ating", "ions", "ing", "ion", "ate", "ed", "es", "s"];
// Word families whose forms the suffixes above would split: "certified" and "certification" are one term.
const FAMILIES: [RegExp, string][] = [
  [/if(ied|ies|ying|ication|ications)$/, "ify"],
  [/(ment|ments)$/, ""],
  // "eligible" and "eligibility", "available" and "availability": the adjective and its noun are one term.
  [/(ibility|ibilities|ible)$/, "ibl"],
  [/(ability|abilities|able)$/, "abl"],
];
const MIN_STEM = 4;

/** A light suffix stemmer: the same word in another form ends up as the same term in index and query. */
export function stem(token: string): string {
  if (/^\d/.test(token)) return token;
  return withoutFinalE(stripSuffix(token));
}

function stripSuffix(token: string): string {
  for (const [ending, replacement] of FAMILIES) {
    const root = token.replace(ending, replacement);
    if (root !== token && root.length >= MIN_STEM) return root;
  }
  for (const suffix of SUFFIXES) {
    if (!token.endsWith(suffix)) continue;
    const rest = token.slice(0, -suffix.length);
    // "diagnosis", "status", "wellness": an s after i, u or s is part of the word.
    if (suffix === "s" && /[ius]$/.test(rest)) return token;
    if (rest.length >= MIN_STEM) return rest;
  }
  return token;
}

/** "abuse" and "abused", "license" and "licensed": a final e is dropped so both forms meet. */
function withoutFinalE(stemmed: string): string {
  return stemmed.endsWith("e") && stemmed.length > MIN_STEM ? stemmed.slice(0, -1) : stemmed;
}

/** One token as MiniSearch stores it, or null for a stop word. Used for documents and queries alike. */
export function searchTerm(token: string): string | null {
  // "aren't" and "arent", "I've" and "ive" are one function word, typed either way.
  const lower = token.toLowerCase().replace(/['\u2019]/g, "");
  if (STOP_WORDS.has(lower) || lower.length < 2) return null;
  // "telling", "asked", "wanting": a function verb in another tense is still one ("kinds of support" keeps its noun).
  const term = stem(lower);
  return /(ing|ed)$/.test(lower) && STOP_WORDS.has(term) ? null : term;
}

/**
 * What a question is about: one group of search terms per content word or phrase the person typed (a synonym
 * may add several terms to a group), without stop words and without repeating a term.
 */
export function contentTerms(question: string): string[][] {
  return contentTermsOf(normalizeGroups(question));
}

/** A message's search terms, each once: what the question and crisis memories compare messages by. */
export function distinctContentTerms(text: string): string[] {
  return [...new Set(contentTerms(text).flat())];
}

/** The same, from groups already normalised. */
export function contentTermsOf(groups: string[][]): string[][] {
  const seen = new Set<string>();
  return groups
    .map((group) => group.map(searchTerm).filter((t): t is string => t !== null && !seen.has(t) && Boolean(seen.add(t))))
    .filter((group) => group.length > 0);
}
