import { isState } from "../states.js";
import type { KnowledgeHit } from "./knowledge-base.js";
import type { Jurisdiction } from "./knowledge-entry.js";

// The asker's own state's rule comes first; another state's rule still answers when it is all there is.
const OWN_STATE = 1.3;
const OTHER_STATE = 0.7;
// "Can I ...?" is governed by a scope or ethics rule when one matches about as well as a fact does.
const GOVERNING_RULE = 1.35;
// "How many hours do I need?" is answered by a requirement, not by a rule or definition that mentions hours.
const REQUIREMENT_ENTRY = 1.25;

export interface RankedHit extends KnowledgeHit {
  adjusted: number;
}

/** Re-weighs search hits for who is asking and how: their state, and whether they ask for a verdict. */
export interface RankingIntent {
  state?: Jurisdiction;
  asksPermission: boolean;
  asksRequirement: boolean;
}

export function rankHits(hits: KnowledgeHit[], { state, asksPermission, asksRequirement }: RankingIntent): RankedHit[] {
  return hits
    .map((hit) => {
      let weight = 1;
      const j = hit.entry.jurisdiction;
      if (state && isState(j)) weight *= j === state ? OWN_STATE : OTHER_STATE;
      if (asksPermission && hit.entry.verdict) weight *= GOVERNING_RULE;
      if (asksRequirement && !asksPermission && hit.entry.kind === "requirement") weight *= REQUIREMENT_ENTRY;
      return { ...hit, adjusted: hit.score * weight };
    })
    .sort((a, b) => b.adjusted - a.adjusted);
}
