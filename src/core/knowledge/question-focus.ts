import type { KnowledgeEntry } from "./knowledge-entry.js";
import { normalizeText } from "./normalize-text.js";
import { searchTerm } from "./search-terms.js";

/**
 * A question of fact names what it wants right after its wh-word: "what kinds of support ...", "which roles ...",
 * "what staffing models ...". The entry whose title names that thing answers it; one that only shares the
 * question's other words ("Montana", "family peer supporter") merely mentions it. Likewise "X vs Y" is answered
 * by the entry that compares them, not by the definition of X.
 */
const FOCUS_BONUS = 0.6;
const COMPARISON_BONUS = 0.5;

// Up to two words after the wh-word, ended by the verb or article that starts the rest of the question.
const WH_HEAD =
  /\b(?:what|which|whats)\s+(?:(?:kinds?|types?|sorts?)\s+of\s+)?((?:(?!(?:do|does|did|is|are|was|were|can|could|should|would|will|must|has|have|the|a|an|my|our|i|we|you|they)\b)[a-z'-]+\s+){1,2})(?=(?:do|does|did|is|are|was|were|can|could|should|would|will|must|has|have|the|a|an|my|our|i|we|you|they)\b)/i;
// "kinds of", "sorts of" and "types of" ask for the same list.
const LIST_OF = /\b(kinds?|types?|sorts?)\s+of\b/i;
const COMPARES = /\b(vs\.?|versus|compared (to|with)|difference between|differences between|differ(s)? from)(\s|$)/i;
const COMPARING_TITLE = /\b(vs\.?|versus|compared|differ\w*|difference)\b/i;

export interface QuestionFocus {
  /** Search terms of the thing asked for; empty when the question does not name it up front. */
  terms: string[];
  /** The question sets two things side by side. */
  compares: boolean;
}

export function focusOf(ask: string): QuestionFocus {
  const head = WH_HEAD.exec(`${ask.replace(/[^A-Za-z' -]+/g, " ")} `);
  const words = head ? normalizeText(head[1]!).split(" ") : [];
  if (head && LIST_OF.test(head[0])) words.push("type");
  const terms = [...new Set(words.map(searchTerm).filter((t): t is string => t !== null))];
  return { terms, compares: COMPARES.test(ask) };
}

const titleTermsCache = new WeakMap<KnowledgeEntry, Set<string>>();

function titleTerms(entry: KnowledgeEntry): Set<string> {
  let terms = titleTermsCache.get(entry);
  if (!terms) {
    terms = new Set(normalizeText(entry.title).split(" ").map(searchTerm).filter((t): t is string => t !== null));
    titleTermsCache.set(entry, terms);
  }
  return terms;
}

/** Hits re-weighed so that an entry titled for what the question asks (or for the comparison it makes) comes first. */
export function byFocus<H extends { entry: KnowledgeEntry; adjusted: number }>(ranked: H[], focus: QuestionFocus): H[] {
  if (focus.terms.length === 0 && !focus.compares) return ranked;
  return ranked
    .map((hit) => {
      const title = titleTerms(hit.entry);
      const named = focus.terms.length === 0 ? 0 : focus.terms.filter((t) => title.has(t)).length / focus.terms.length;
      const compared = focus.compares && COMPARING_TITLE.test(hit.entry.title) ? COMPARISON_BONUS : 0;
      return { ...hit, adjusted: hit.adjusted * (1 + FOCUS_BONUS * named + compared) };
    })
    .sort((a, b) => b.adjusted - a.adjusted);
}
