import type { Verdict } from "../reply.js";
import type { KnowledgeEntry } from "./knowledge-entry.js";
import type { Recollection } from "./question-memory.js";

// Below this cosine a remembered question shares a word or two with this one, not what it asks.
const MIN_SIMILARITY = 0.3;

/**
 * A yes-or-no question answered by an entry of fact ("can a parent partner go along on a CPS visit?", answered by
 * what the research says families found helpful) takes the verdict that people asking the same thing of the same
 * entry were given. Never a yes over a rule that limits: only a fact, or a rule that allows, can be read as leave;
 * and, as with what a fact says (fact-verdicts.ts), a yes only when the fact `coversForYes` the question, or the
 * answer would fall to "I don't know". `recollect` is called only for such a question.
 */
export function rememberedVerdict(verdict: Verdict, primary: KnowledgeEntry, asksWhether: boolean, coversForYes: boolean, recollect: () => Recollection): Verdict {
  if (verdict !== "info" || !asksWhether) return verdict;
  const votes = new Map<Verdict, number>();
  for (const r of recollect().closest) {
    if (r.entryId !== primary.id || !r.asksLeave || r.similarity < MIN_SIMILARITY) continue;
    for (const v of r.verdicts) votes.set(v, (votes.get(v) ?? 0) + r.similarity);
  }
  const [winner] = [...votes].filter(([v]) => v !== "info").sort((a, b) => b[1] - a[1]);
  if (!winner || winner[1] <= (votes.get("info") ?? 0)) return verdict;
  if (winner[0] === "allowed" && ((primary.verdict && primary.verdict !== "allowed") || !coversForYes)) return verdict;
  return winner[0];
}
