import { isState } from "../states.js";
import type { KnowledgeBase } from "./knowledge-base.js";
import type { Jurisdiction, KnowledgeEntry } from "./knowledge-entry.js";

/** With no state known, a state whose code forbids it answers first; where the others differ, the answer says so. */
export function strictestOnTopic(rule: KnowledgeEntry, knowledge: KnowledgeBase): KnowledgeEntry {
  if (!rule.topic || rule.verdict === "not_allowed") return rule;
  const forbidding = knowledge
    .entries()
    .find((e) => e.topic === rule.topic && e.jurisdiction !== rule.jurisdiction && e.verdict === "not_allowed");
  return forbidding ?? rule;
}

/** The same topic's entry for the asker's state, when the best match is another state's. */
export function preferOwnState(entry: KnowledgeEntry, knowledge: KnowledgeBase, state?: Jurisdiction): KnowledgeEntry {
  const anotherState = isState(entry.jurisdiction) && entry.jurisdiction !== state;
  if (!state || !entry.topic || !anotherState) return entry;
  return knowledge.entries().find((e) => e.topic === entry.topic && e.jurisdiction === state && e.kind === entry.kind) ?? entry;
}

/**
 * Other states' rules on the same act that say something else: an entry on the same topic that also answers this
 * question (one of its answering hits), and, for rules, with another verdict. A topic is broad ("job titles" holds
 * both NC's family partner and Montana's licence rule), so sharing it is not enough. When the asker's state is
 * known, one line at most: their own rule is the answer, the rest is a note.
 */
export function otherStates(primary: KnowledgeEntry, answering: readonly KnowledgeEntry[], state?: Jurisdiction): KnowledgeEntry[] {
  if (!primary.topic) return [];
  const seen = new Set([primary.jurisdiction]);
  const differing = answering.filter((e) => {
    if (e.topic !== primary.topic || !isState(e.jurisdiction) || seen.has(e.jurisdiction)) return false;
    if (Boolean(e.verdict) !== Boolean(primary.verdict) || (primary.verdict && e.verdict === primary.verdict)) return false;
    seen.add(e.jurisdiction);
    return true;
  });
  return state ? differing.slice(0, 1) : differing;
}
