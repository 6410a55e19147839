import { createHash } from "node:crypto";
import type { KnowledgeEntry } from "../core/knowledge/knowledge-entry.js";
import { tokenize } from "../core/knowledge/normalize-text.js";
import { searchTerm } from "../core/knowledge/search-terms.js";
import { entryText } from "./knowledge-index-data.js";

/**
 * The words the entries use, by search term: "gift" -> {gift: 9, gifts: 4}. Word vectors are looked up by word and
 * questions matched by term, so the neighbour table needs both. Read from the same text the index is built from.
 */
export function knowledgeVocabulary(entries: readonly KnowledgeEntry[]): Map<string, Map<string, number>> {
  const vocabulary = new Map<string, Map<string, number>>();
  for (const e of entries) {
    for (const word of tokenize(entryText(e))) {
      const term = searchTerm(word);
      if (term === null) continue;
      const words = vocabulary.get(term) ?? new Map<string, number>();
      words.set(word, (words.get(word) ?? 0) + 1);
      vocabulary.set(term, words);
    }
  }
  return vocabulary;
}

/** A short fingerprint of the entries' terms: the neighbour table records the one it was built from. */
export function vocabularyFingerprint(terms: Iterable<string>): string {
  return createHash("sha256").update([...terms].sort().join("\n")).digest("hex").slice(0, 16);
}
