import { actsIn } from "./acts/recognize-acts.js";
import type { KnowledgeBase } from "./knowledge-base.js";
import { normalizeGroups } from "./normalize-text.js";
import type { QuestionTerm } from "./question-coverage.js";
import { isFrameTerm } from "./question-frame.js";
import type { QuestionParts } from "./question-parts.js";
import { searchTerm } from "./search-terms.js";
import { neighboursOf } from "./term-neighbours.js";

/**
 * A story's words count for less than the ask's: they say where and who, and mostly no entry has them. Those no
 * entry has are left out altogether (a hair salon, prom, since spring); those it has may name the act.
 */
const STORY_SHARE = 0.5;

/** What a question is searched with, and the terms its answer must cover. */
export interface ReadQuestion {
  /** Normalised text for the search: the whole message plus the knowledge base's words for the acts it names. */
  searchText: string;
  /** Search terms that stand in for words no entry has, added to the search text; they count for less. */
  neighbours: Set<string>;
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
  /** The ask only frames the story ("Is that true?"): the story's words are the question. */
  storyAsks: boolean;
  /** The ask's terms and the story's known words, when the ask says something itself; empty otherwise. */
  withStory: QuestionTerm[];
}

/**
 * `asksPermission`: only "may I do this?" is about the act itself; "what's a good gift for my boss?" is not.
 * `implied`: the knowledge base's words for what the question asks without saying it (see requirementWordsFor),
 * counted like the words of an act it names.
 */
export function readQuestion(question: string, parts: QuestionParts, knowledge: KnowledgeBase, asksPermission: boolean, implied = ""): ReadQuestion {
  // Each piece is normalised once: its groups are both the terms and, joined, the words acts are recognised in.
  const askPieces = parts.askPieces.map((piece) => splitUnknownCompounds(normalizeGroups(piece), knowledge));
  const storyPieces = parts.storyPieces.map((piece) => splitUnknownCompounds(normalizeGroups(piece), knowledge));
  const askGroups = askPieces.flat();
  const storyGroups = storyPieces.flat();
  // The acts a message names are one part of its meaning: a story often names several in passing, and the entry
  // that covers one of them covers what the question is about.
  const pieces = [...askPieces, ...storyPieces].map((groups) => groups.flat().join(" "));
  // Who an act is with is a term of its own: an entry must cover it too ("the brother of a mom I support").
  const acts = actsIn(pieces);
  const meansGroup = (means: string[]) => means.flatMap((m) => normalizeGroups(m).flat());
  const actGroups = [meansGroup([...acts.filter((a) => !a.refines).map((a) => a.means), implied]), ...acts.filter((a) => a.refines).map((a) => meansGroup([a.means]))].filter((g) => g.length > 0);
  const names = namesIn(question, knowledge);
  const seen = new Set<string>();
  const termsOf = (groups: string[][], share: number, keep: (terms: string[]) => boolean, isAct = false): (QuestionTerm & { isAct: boolean })[] =>
    groups
      .map((group) => group.map(searchTerm).filter((t): t is string => t !== null && !seen.has(t) && Boolean(seen.add(t))))
      .filter((terms) => terms.length > 0 && keep(terms))
      .map((terms) => ({ terms, share, isAct }));
  const notAName = (terms: string[]) => !(terms.length === 1 && names.has(terms[0]!));
  const asked = [...termsOf(askGroups, 1, notAName), ...termsOf(actGroups, 1, () => true, true)];
  const saysWhat = (t: QuestionTerm & { isAct: boolean }) => !t.isAct && t.terms.some((term) => knowledge.knows(term) && !isFrameTerm(term));
  // The story counts only when the ask says nothing telling itself ("Can I say yes?", "Is that true?"): then it is
  // the question, and the ask's frame words ("true", "part of my job") are not what an entry must cover.
  const storyAsks = storyGroups.length > 0 && !asked.some(saysWhat);
  const storyTerms = termsOf(storyGroups, STORY_SHARE, (terms) => notAName(terms) && terms.some((t) => knowledge.knows(t)));
  // Only once every word the person typed is a term: a neighbour never stands in for a word they also wrote.
  const near = nearTerms(seen, knowledge);
  const expand = <T extends QuestionTerm>(t: T): T => {
    const terms = t.terms.flatMap((term) => near.get(term) ?? []).map((n) => n.term);
    return terms.length > 0 ? { ...t, near: [...new Set(terms)] } : t;
  };
  const told = storyAsks ? storyTerms : [];
  // Frame words say how to answer, whatever else the ask says: "What are my options for retaking it?" is about retaking.
  if (storyAsks || asked.some((t) => !t.terms.every(isFrameTerm))) asked.splice(0, asked.length, ...asked.filter((t) => !t.terms.every(isFrameTerm)));
  // A "yes, you may" must cover the words typed themselves: strict has no neighbours.
  const strict = [...asked.filter((t) => !t.isAct), ...told];
  const terms = [...asked, ...told].map(expand);
  const actTerms = new Set(asked.filter((t) => t.isAct).flatMap((t) => t.terms));
  // A story told as the question is about the act it names as much as a "may I" is.
  const core = !asksPermission && !storyAsks ? [] : asked.filter((t) => t.isAct || t.terms.some((term) => knowledge.knows(term)));
  // An ask with words of its own may still need the story to say what it is about ("Is that fair?", "Does my history
  // rule me out?"): an entry may answer it by covering the ask and the story together.
  const withStory = storyAsks || storyTerms.length === 0 ? [] : [...asked, ...storyTerms].map(expand);
  const neighbours = new Set([...terms, ...withStory].flatMap((t) => t.near ?? []));
  // The search is given words, which it stems itself (stemming a term again may change it).
  const neighbourWords = [...near.values()].flat().filter((n) => neighbours.has(n.term)).map((n) => n.word);
  const searchText = [...askGroups, ...storyGroups, ...actGroups, neighbourWords].flat().join(" ");
  return { searchText, neighbours, terms, core, actTerms, strict, storyAsks, withStory };
}

/**
 * A hyphenated word no entry has is read as its parts, in the same group: "culture-related topics" asks about culture,
 * "co-train" about training. One the entries have ("self-care", "self-disclosure") stays whole.
 */
function splitUnknownCompounds(groups: string[][], knowledge: KnowledgeBase): string[][] {
  return groups.map((group) =>
    group.flatMap((word) => {
      if (!word.includes("-")) return [word];
      const whole = searchTerm(word);
      return whole !== null && knowledge.knows(whole) ? [word] : word.split("-").filter(Boolean);
    }),
  );
}

/** For each typed term no entry has, the entries' words nearest in meaning that the message does not itself contain. */
function nearTerms(typed: Set<string>, knowledge: KnowledgeBase): Map<string, { word: string; term: string }[]> {
  const near = new Map<string, { word: string; term: string }[]>();
  for (const term of typed) {
    if (knowledge.knows(term)) continue;
    const words = neighboursOf(term)
      .map((word) => ({ word, term: searchTerm(word) }))
      .filter((n): n is { word: string; term: string } => n.term !== null && knowledge.knows(n.term) && !typed.has(n.term));
    if (words.length > 0) near.set(term, words);
  }
  return near;
}

/**
 * Capitalised words inside a sentence that no entry uses are names ("Jamie Ortiz"), and so are words before "county": they say who or where, not what, so
 * they do not count against how well the knowledge base covers the question.
 */
function namesIn(question: string, knowledge: KnowledgeBase): Set<string> {
  const capitalised = [...question.matchAll(/(?<![.!?]\s|^)\b([A-Z][a-z]+)\b/g)].map((m) => m[1]!);
  // Chat drops capitals, but a word before "county" is still the county's name ("placer county").
  const counties = [...question.matchAll(/\b([a-z]+) count(y|ies)\b/gi)].map((m) => m[1]!);
  return new Set([...capitalised, ...counties].map(searchTerm).filter((t): t is string => t !== null && !knowledge.knows(t)));
}
