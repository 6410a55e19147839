import type { KnowledgeEntry } from "../../knowledge/knowledge-entry.js";
import type { KnowledgeBase } from "../../knowledge/knowledge-base.js";
import type { Verdict } from "../../reply.js";
import { UserError } from "../user-error.js";

const VERDICTS: readonly Verdict[] = ["allowed", "not_allowed", "depends", "info"];

/** The entry and verdict a Share or vote button names; a stale or hand-typed one gets a clear error. */
export function answeredEntry(knowledge: KnowledgeBase, entryId: string | undefined, verdictWord: string | undefined, usage: string): { entry: KnowledgeEntry; verdict: Verdict } {
  const entry = entryId ? knowledge.get(entryId) : undefined;
  if (!entry) throw new UserError("kb.unknown-entry", `There is no knowledge entry "${entryId ?? ""}". Use the buttons under an answer, or ${usage}.`);
  const verdict = (verdictWord ?? entry.verdict ?? "info") as Verdict;
  if (!VERDICTS.includes(verdict)) throw new UserError("kb.unknown-verdict", `"${verdictWord}" is not a verdict; use one of ${VERDICTS.join(", ")}, e.g. ${usage}.`);
  return { entry, verdict };
}
