import MiniSearch from "minisearch";
import type { KnowledgeBase, KnowledgeHit } from "../core/knowledge/knowledge-base.js";
import type { KnowledgeEntry } from "../core/knowledge/knowledge-entry.js";
import { buildKnowledgeIndexData, type IndexedEntry, type KnowledgeIndexData, MINISEARCH_OPTIONS, termSet } from "./knowledge-index-data.js";

// A question asked almost exactly as one of an entry's phrasings (or its title) is that entry's question: the
// term-by-term score alone ties every entry that mentions "family partner".
const CLOSENESS_BONUS = 1;
const CANDIDATES_PER_RESULT = 3;
// A word no entry uses says the question may be about something else, but less surely than a rare word we know.
const UNSEEN_AS_IF_IN = 20;

/** MiniSearch over the entries; `data` comes from a snapshot when the entries have not changed since it was built. */
export function createMiniSearchKnowledgeBase(
  entries: readonly KnowledgeEntry[],
  data: KnowledgeIndexData = buildKnowledgeIndexData(entries),
): KnowledgeBase {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const index = MiniSearch.loadJS<IndexedEntry>(data.index, MINISEARCH_OPTIONS);
  const documentFrequency = new Map(data.documentFrequency);
  const askedAs = new Map(data.askedAs.map(([id, lists]) => [id, lists.map((terms) => new Set(terms))]));
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

function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const term of a) if (b.has(term)) shared++;
  return shared / (a.size + b.size - shared);
}
