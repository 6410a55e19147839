import MiniSearch from "minisearch";
import type { KnowledgeBase, KnowledgeHit } from "../core/knowledge/knowledge-base.js";
import type { KnowledgeEntry } from "../core/knowledge/knowledge-entry.js";
import { normalizeText, tokenize } from "../core/knowledge/normalize-text.js";
import { searchTerm } from "../core/knowledge/search-terms.js";

interface IndexedEntry {
  id: string;
  title: string;
  phrasings: string;
  keywords: string;
  rule: string;
  more: string;
}

// Titles and phrasings say what an entry answers; the body mentions many things in passing.
const BOOST = { title: 3, phrasings: 2.5, keywords: 2, rule: 1, more: 0.4 };
// A question asked almost exactly as one of an entry's phrasings (or its title) is that entry's question: the
// term-by-term score alone ties every entry that mentions "family partner".
const CLOSENESS_BONUS = 1;
const CANDIDATES_PER_RESULT = 3;
const UNSEEN_AS_IF_IN = 20;

/** MiniSearch over the entries, with the same normalisation, stop words and stemming for documents and questions. */
export function createMiniSearchKnowledgeBase(entries: readonly KnowledgeEntry[]): KnowledgeBase {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const index = new MiniSearch<IndexedEntry>({
    fields: ["title", "phrasings", "keywords", "rule", "more"],
    tokenize: (text) => tokenize(text),
    processTerm: (term) => searchTerm(term),
    searchOptions: {
      boost: BOOST,
      // Typos in longer words only: a one-letter slip in "meds" would otherwise match "mess".
      fuzzy: (term) => (term.length >= 6 ? 0.2 : false),
      prefix: (term) => term.length >= 5,
      combineWith: "OR",
    },
  });
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

  const documentFrequency = countDocumentFrequency(entries);
  const askedAs = new Map(entries.map((e) => [e.id, [e.title, ...e.phrasings].map((text) => termSet(normalizeText(text)))]));
  // A word no entry uses says the question may be about something else, but less surely than a rare word we know.
  const unseenWeight = Math.log((entries.length + 1) / UNSEEN_AS_IF_IN);

  return {
    entries: () => entries,
    termWeight: (term) => {
      const df = documentFrequency.get(term);
      return df === undefined ? unseenWeight : Math.log((entries.length + 1) / df);
    },
    get: (id) => byId.get(id),
    search(normalizedQuestion, limit = 8): KnowledgeHit[] {
      const question = termSet(normalizedQuestion);
      return index
        .search(normalizedQuestion)
        .slice(0, limit * CANDIDATES_PER_RESULT)
        .map((r) => {
          const closeness = Math.max(...askedAs.get(String(r.id))!.map((asked) => jaccard(question, asked)));
          return { entry: byId.get(String(r.id))!, score: r.score * (1 + CLOSENESS_BONUS * closeness), matchedTerms: r.queryTerms };
        })
        .sort((a, b) => b.score - a.score)
        .slice(0, limit);
    },
  };
}

/** In how many entries each search term appears, for weighing what a question's terms say. */
function countDocumentFrequency(entries: readonly KnowledgeEntry[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const e of entries) {
    const terms = termSet(normalizeText([e.title, ...e.phrasings, ...e.keywords, e.rule, e.instead, e.why].join(" ")));
    for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
  }
  return counts;
}

/** The search terms of already-normalised text. */
function termSet(normalized: string): Set<string> {
  return new Set(tokenize(normalized).map(searchTerm).filter((t): t is string => t !== null));
}

function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const term of a) if (b.has(term)) shared++;
  return shared / (a.size + b.size - shared);
}
