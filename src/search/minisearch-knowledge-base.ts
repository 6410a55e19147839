import type { StateRegistry } from "../core/states/state-registry.js";
import MiniSearch from "minisearch";
import type { KnowledgeBase, KnowledgeHit } from "../core/knowledge/knowledge-base.js";
import type { KnowledgeEntry } from "../core/knowledge/knowledge-entry.js";
import { tokenize } from "../core/knowledge/normalize-text.js";
import { searchTerm } from "../core/knowledge/search-terms.js";
import { buildKnowledgeIndexData, type IndexedEntry, type KnowledgeIndexData, MINISEARCH_OPTIONS } from "./knowledge-index-data.js";

// A question asked almost exactly as one of an entry's phrasings (or its title) is that entry's question: the
// term-by-term score alone ties every entry that mentions "family partner".
const CLOSENESS_BONUS = 1;
// Closeness re-ranks this many of the best raw hits: a short question ties scores across dozens of entries.
const CANDIDATES = 60;
// A word no entry uses says the question may be about something else, but less surely than a rare word we know.
const UNSEEN_AS_IF_IN = 3;
// Terms in more than this share of entries ("parent", "family") rank nothing, yet make the search score every entry.
const COMMON_SHARE = 0.3;
const MIN_TELLING_TERMS = 2;
const ANSWERS_FIELDS = ["title", "phrasings", "keywords"];
// A word's neighbour stands in for it at this share of a typed word's score, so an entry with the word itself ranks first.
const NEIGHBOUR_BOOST = 0.5;

/** MiniSearch over the entries; `data` comes from a snapshot when the entries have not changed since it was built. */
export function createMiniSearchKnowledgeBase(
  entries: readonly KnowledgeEntry[],
  states: StateRegistry,
  data: KnowledgeIndexData = buildKnowledgeIndexData(entries),
): KnowledgeBase {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const index = MiniSearch.loadJS<IndexedEntry>(data.index, MINISEARCH_OPTIONS);
  const entryTerms = new Map(data.entryTerms.map(([id, terms]) => [id, new Set(terms)]));
  const documentFrequency = countDocumentFrequency(entryTerms.values());
  const askedAs = new Map(data.askedAs);
  const unseenWeight = Math.log((entries.length + 1) / UNSEEN_AS_IF_IN);

  return {
    states,
    entries: () => entries,
    knows: (term) => documentFrequency.has(term),
    termWeight: (term) => {
      const df = documentFrequency.get(term);
      // A word in one or two entries is no more telling than a word in none: "total" is not what a question is about.
      return df === undefined ? unseenWeight : Math.min(unseenWeight, Math.log((entries.length + 1) / df));
    },
    get: (id) => byId.get(id),
    search(normalizedQuestion, limit = 8, neighbours = new Set<string>()): KnowledgeHit[] {
      // Each word once with its search term: the search stems what it is given, so it gets words, not terms.
      const words = tokenize(normalizedQuestion).flatMap((word) => {
        const term = searchTerm(word);
        return term === null ? [] : [{ word, term }];
      });
      // Closeness to an entry's phrasings is closeness to what the person typed, not to the stand-ins for their words.
      const question = new Set(words.map((w) => w.term).filter((t) => !neighbours.has(t)));
      const isCommon = (term: string) => (documentFrequency.get(term) ?? 0) > entries.length * COMMON_SHARE;
      const common = [...question].filter(isCommon);
      const telling = words.filter((w) => !isCommon(w.term)).map((w) => w.word);
      const byTelling = telling.length >= MIN_TELLING_TERMS;
      return index
        // A question made almost wholly of common terms is searched by all of them, in the fields that say what an
        // entry answers: every entry's text mentions "family" and "support" in passing.
        .search(byTelling ? telling.join(" ") : normalizedQuestion, {
          ...(byTelling ? {} : { fields: ANSWERS_FIELDS }),
          // Typo tolerance only for words the knowledge base does not have: expanding known words costs most of a
          // search and mostly adds noise. A one-letter slip in a short word ("meds") would match "mess", so 6+ letters.
          fuzzy: (term) => !documentFrequency.has(term) && term.length >= 6 && 0.2,
          prefix: (term) => !documentFrequency.has(term) && term.length >= 5,
          boostTerm: (term) => (neighbours.has(term) ? NEIGHBOUR_BOOST : 1),
        })
        .slice(0, Math.max(limit, CANDIDATES))
        .map((r) => {
          const closeness = Math.max(...askedAs.get(String(r.id))!.map((asked) => jaccard(question, asked)));
          return { result: r, score: r.score * (1 + CLOSENESS_BONUS * closeness) };
        })
        .sort((a, b) => b.score - a.score)
        .slice(0, limit)
        .map(({ result, score }) => {
          const terms = entryTerms.get(String(result.id))!;
          const matchedTerms = [...new Set([...result.queryTerms, ...common.filter((t) => terms.has(t))])];
          return { entry: byId.get(String(result.id))!, score, matchedTerms };
        });
    },
  };
}

/** Overlap of the question's terms with one phrasing's (distinct) terms. */
function jaccard(question: Set<string>, asked: string[]): number {
  if (question.size === 0 || asked.length === 0) return 0;
  let shared = 0;
  for (const term of asked) if (question.has(term)) shared++;
  return shared / (question.size + asked.length - shared);
}

function countDocumentFrequency(termSets: Iterable<Set<string>>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const terms of termSets) for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
  return counts;
}
