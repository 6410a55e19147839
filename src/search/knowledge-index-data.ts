import MiniSearch, { type AsPlainObject, type Options } from "minisearch";
import type { KnowledgeEntry } from "../core/knowledge/knowledge-entry.js";
import { normalizeText, tokenize } from "../core/knowledge/normalize-text.js";
import { searchTerm } from "../core/knowledge/search-terms.js";

export interface IndexedEntry {
  id: string;
  title: string;
  phrasings: string;
  keywords: string;
  rule: string;
  more: string;
}

/** Everything derived from the entries for search, as plain data so a snapshot can store it. */
export interface KnowledgeIndexData {
  index: AsPlainObject;
  /** Every search term of each entry, for terms too common to search by. */
  entryTerms: [string, string[]][];
  /** Each entry's title and phrasings as term lists, for closeness to a question. */
  askedAs: [string, string[][]][];
}

// Titles and phrasings say what an entry answers; the body mentions many things in passing.
const BOOST = { title: 3, phrasings: 2.5, keywords: 2, rule: 1, more: 0.4 };

export const MINISEARCH_OPTIONS: Options<IndexedEntry> = {
  fields: ["title", "phrasings", "keywords", "rule", "more"],
  tokenize: (text) => tokenize(text),
  processTerm: (term) => searchTerm(term),
  searchOptions: { boost: BOOST, combineWith: "OR" },
};

/** Indexes the entries with the same normalisation, stop words and stemming that questions get. */
export function buildKnowledgeIndexData(entries: readonly KnowledgeEntry[]): KnowledgeIndexData {
  const index = new MiniSearch<IndexedEntry>(MINISEARCH_OPTIONS);
  index.addAll(
    entries.map((e) => ({
      id: e.id,
      title: normalizeText(e.title),
      phrasings: normalizeText(e.phrasings.join(" . ")),
      keywords: normalizeText(e.keywords.join(" ")),
      rule: normalizeText(e.rule),
      more: normalizeText(`${e.instead} ${e.why}`),
    })),
  );
  return {
    index: index.toJSON(),
    entryTerms: entries.map((e) => [e.id, [...termSet(entryText(e))]]),
    askedAs: entries.map((e) => [e.id, [e.title, ...e.phrasings].map((text) => [...termSet(normalizeText(text))])]),
  };
}

/** All of an entry's text, normalised as questions are: what its terms and its vocabulary are read from. */
export function entryText(e: KnowledgeEntry): string {
  return normalizeText([e.title, ...e.phrasings, ...e.keywords, e.rule, e.instead, e.why].join(" "));
}

/** The search terms of already-normalised text. */
function termSet(normalized: string): Set<string> {
  return new Set(tokenize(normalized).map(searchTerm).filter((t): t is string => t !== null));
}
