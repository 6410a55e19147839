import { recognizeActs } from "./acts/recognize-acts.js";
import type { KnowledgeBase } from "./knowledge-base.js";
import { normalizeGroups, normalizeText } from "./normalize-text.js";
import type { QuestionTerm } from "./question-coverage.js";
import { sentencesOf, splitQuestion } from "./question-parts.js";
import { searchTerm } from "./search-terms.js";

/**
 * A story's words count for less than the ask's: they say where and who, and mostly no entry has them. Those no
 * entry has are left out altogether (a hair salon, prom, since spring); those it has may name the act.
 */
const STORY_SHARE = 0.5;

/** What a question is searched with, and the terms its answer must cover. */
export interface ReadQuestion {
  /** Normalised text for the search: the whole message plus the knowledge base's words for the acts it names. */
  searchText: string;
  terms: QuestionTerm[];
  /**
   * When the message names an act: the act and the ask's words the knowledge base knows. An entry on that act
   * answers the question even if the ask also says things no entry mentions ("is her saying yes out loud enough?").
   */
  core: QuestionTerm[];
  actTerms: Set<string>;
  /**
   * Only what the person wrote: a "yes, you may" must cover their words, not the act's words we added ("a ride to
   * an IEP meeting" names school, which a rule on IEP support covers, but not the ride).
   */
  strict: QuestionTerm[];
}

/** `asksPermission`: only "may I do this?" is about the act itself; "what's a good gift for my boss?" is not. */
export function readQuestion(question: string, knowledge: KnowledgeBase, asksPermission: boolean): ReadQuestion {
  const { ask, story } = splitQuestion(question);
  const askGroups = normalizeGroups(ask);
  const storyGroups = normalizeGroups(story);
  // The acts a message names are one part of its meaning: a story often names several in passing, and the entry
  // that covers one of them covers what the question is about.
  const actGroups = [recognizeActs(normalizedSentences(question)).flatMap((act) => normalizeGroups(act.means).flat())].filter((g) => g.length > 0);
  const names = namesIn(question, knowledge);
  const seen = new Set<string>();
  const termsOf = (groups: string[][], share: number, keep: (terms: string[]) => boolean, isAct = false): (QuestionTerm & { isAct: boolean })[] =>
    groups
      .map((group) => group.map(searchTerm).filter((t): t is string => t !== null && !seen.has(t) && Boolean(seen.add(t))))
      .filter((terms) => terms.length > 0 && keep(terms))
      .map((terms) => ({ terms, share, isAct }));
  const notAName = (terms: string[]) => !(terms.length === 1 && names.has(terms[0]!));
  const asked = [...termsOf(askGroups, 1, notAName), ...termsOf(actGroups, 1, () => true, true)];
  // The story counts only when the ask says nothing telling itself ("Can I say yes?"): then it is the question.
  const told = asked.some((t) => t.terms.some((term) => knowledge.knows(term)))
    ? []
    : termsOf(storyGroups, STORY_SHARE, (terms) => notAName(terms) && terms.some((t) => knowledge.knows(t)));
  const terms = [...asked, ...told];
  const strict = [...asked.filter((t) => !t.isAct), ...told];
  const actTerms = new Set(asked.filter((t) => t.isAct).flatMap((t) => t.terms));
  const core = !asksPermission ? [] : asked.filter((t) => t.isAct || t.terms.some((term) => knowledge.knows(term)));
  return { searchText: [...askGroups, ...storyGroups, ...actGroups].flat().join(" "), terms, core, actTerms, strict };
}

/** Chat shorthand rewritten sentence by sentence ("her son's new ADHD med" names medication), keeping the sentences. */
function normalizedSentences(text: string): string {
  return sentencesOf(text).map(normalizeText).join(". ");
}

/**
 * Capitalised words inside a sentence that no entry uses are names ("Jamie Ortiz"): they say who, not what, so
 * they do not count against how well the knowledge base covers the question.
 */
function namesIn(question: string, knowledge: KnowledgeBase): Set<string> {
  return new Set(
    [...question.matchAll(/(?<![.!?]\s|^)\b([A-Z][a-z]+)\b/g)].map((m) => searchTerm(m[1]!)).filter((t): t is string => t !== null && !knowledge.knows(t)),
  );
}
