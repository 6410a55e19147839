import type { StateRegistry } from "../states/state-registry.js";
import type { KnowledgeEntry } from "./knowledge-entry.js";

export interface KnowledgeHit {
  entry: KnowledgeEntry;
  score: number;
  /** The question's content terms this entry matched. */
  matchedTerms: string[];
}

/** The indexed knowledge base: retrieval only; deciding the answer is the core's job. */
export interface KnowledgeBase {
  /** The registry the entries were checked against: which jurisdictions are states, their names, how questions name them. */
  readonly states: StateRegistry;
  entries(): readonly KnowledgeEntry[];
  get(id: string): KnowledgeEntry | undefined;
  /** Whether any entry uses this search term. */
  knows(term: string): boolean;
  /** How telling a search term is: high for rare terms and for terms no entry has, low for "parent". */
  termWeight(term: string): number;
  /**
   * Best hits first for an already-normalised question. `neighbours`: search terms standing in for a word no entry
   * has (see term-neighbours.ts); they count for less than the words the person typed.
   */
  search(normalizedQuestion: string, limit?: number, neighbours?: ReadonlySet<string>): KnowledgeHit[];
}
