import type { KnowledgeEntry } from "./knowledge-entry.js";
import { normalizeText } from "./normalize-text.js";
import { searchTerm } from "./search-terms.js";

/**
 * A question of fact names what it wants right after its wh-word: "what kinds of support ...", "which roles ...",
 * "what staffing models ...". The entry whose title names that thing answers it; one that only shares the
 * question's other words ("Montana", "family peer supporter") merely mentions it. Likewise "X vs Y" is answered
 * by the entry that compares them, not by the definition of X.
 */
// The thing asked for counts most; the words narrowing it ("staffing" models) are often not in the title.
const HEAD_BONUS = 1;
const NARROWING_BONUS = 0.5;
const COMPARISON_BONUS = 0.5;

// Up to two words after the wh-word, ended by the verb or article that starts the rest of the question.
const WH_HEAD =
  /\b(?:what|which|whats)\s+(?:(?:kinds?|types?|sorts?)\s+of\s+)?((?:(?!(?:do|does|did|is|are|was|were|can|could|should|would|will|must|has|have|the|a|an|my|our|i|we|you|they)\b)[a-z'-]+\s+){1,2})(?=(?:do|does|did|is|are|was|were|can|could|should|would|will|must|has|have|the|a|an|my|our|i|we|you|they)\b)/i;
// "kinds of", "sorts of" and "types of" ask for the same list.
const LIST_OF = /\b(kinds?|types?|sorts?)\s+of\b/i;
const COMPARES = /\b(vs\.?|versus|compared (to|with)|difference between|differences between|differ(s)? from)(\s|$)/i;
const COMPARING_TITLE = /\b(vs\.?|versus|compared|differ\w*|difference)\b/i;
// "Which roles are they not meant to fill?", "why isn't X ...": what something is not is listed under a title that says so.
const NEGATED = /\b(not|never|no)\b|n't\b/i;
const NOT = "<not>";
// "Where can I find X?" asks where to look, which an entry titled "Where to find X" tells.
const WHERE_TO = /\bwhere\s+(?:can|could|do|does|should|would|will)\s+(?:\w+\s+){1,5}?(?:find|get|look|apply|sign)\b/i;
const WHERE = "<where>";
// "How many states certify ...?" counts states: the entry titled for states answers, not a count of partners.
const HOW_MANY = /\bhow many\s+([a-z'-]+)/i;
// "Why isn't X enough?" asks for the reason behind a negative, which an entry titled "X is not ..." gives.
const WHY_NOT = /\bwhy\s+(?:isn't|isnt|is not|aren't|are not|doesn't|does not|don't|do not|can't|cannot|won't)\s+(.+)$/i;

export interface QuestionFocus {
  /** The thing asked for ("models" in "what staffing models"; "type" for "what kinds of"), when the question names it up front. */
  head?: string;
  /** The other words that narrow it ("staffing"), and whether the ask is about what something is not. */
  terms: string[];
  /** The question sets two things side by side. */
  compares: boolean;
}

export function focusOf(ask: string): QuestionFocus {
  const compares = COMPARES.test(ask);
  const whereTo = WHERE_TO.exec(ask);
  if (whereTo) return { head: WHERE, terms: [], compares };
  const whyNot = WHY_NOT.exec(ask);
  if (whyNot) return { head: NOT, terms: [...new Set(termsOf(whyNot[1]!))], compares };
  const counted = HOW_MANY.exec(ask);
  const countedTerm = counted ? termsOf(counted[1]!)[0] : undefined;
  if (countedTerm) return { head: countedTerm, terms: [], compares };
  const phrase = WH_HEAD.exec(`${ask.replace(/[^A-Za-z' -]+/g, " ")} `);
  if (!phrase) return { terms: [], compares };
  const listed = LIST_OF.test(phrase[0]);
  const words = termsOf(phrase[1]!);
  const terms = [...new Set(listed ? [...words, "type"] : words)];
  if (NEGATED.test(ask)) terms.push(NOT);
  const head = listed ? "type" : words.at(-1);
  return { ...(head ? { head } : {}), terms: terms.filter((t) => t !== head), compares };
}

function termsOf(text: string): string[] {
  return normalizeText(text)
    .split(" ")
    .map(searchTerm)
    .filter((t): t is string => t !== null);
}

const titleTermsCache = new WeakMap<KnowledgeEntry, Set<string>>();

function titleTerms(entry: KnowledgeEntry): Set<string> {
  let terms = titleTermsCache.get(entry);
  if (!terms) {
    terms = new Set(termsOf(entry.title));
    if (NEGATED.test(entry.title)) terms.add(NOT);
    if (/\bwhere\b/i.test(entry.title)) terms.add(WHERE);
    titleTermsCache.set(entry, terms);
  }
  return terms;
}

/**
 * Hits re-weighed so that an entry titled for what the question asks (or for the comparison it makes) comes first.
 * Only entries that cover the question (`floor`) gain: a title alone does not make an answer.
 */
export function byFocus<H extends { entry: KnowledgeEntry; adjusted: number; coverage: number }>(ranked: H[], focus: QuestionFocus, floor: number): H[] {
  if (!focus.head && focus.terms.length === 0 && !focus.compares) return ranked;
  return ranked
    .map((hit) => {
      if (hit.coverage < floor) return hit;
      const title = titleTerms(hit.entry);
      const head = focus.head && title.has(focus.head) ? HEAD_BONUS : 0;
      const narrowed = focus.terms.length === 0 ? 0 : (NARROWING_BONUS * focus.terms.filter((t) => title.has(t)).length) / focus.terms.length;
      const compared = focus.compares && COMPARING_TITLE.test(hit.entry.title) ? COMPARISON_BONUS : 0;
      return { ...hit, adjusted: hit.adjusted * (1 + head + narrowed + compared) };
    })
    .sort((a, b) => b.adjusted - a.adjusted);
}
