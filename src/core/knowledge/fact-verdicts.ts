import type { Verdict } from "../reply.js";
import type { QuestionShape } from "./classify-question.js";
import type { KnowledgeEntry } from "./knowledge-entry.js";

// What a question says it lacks or avoids ("I never took it", "without pay"): a yes read past it is a yes to what was
// not asked.
export const NEGATED_CONDITION = /\b(never|not|no longer|without|even though|even if|except|instead of)\b|n't\b/i;
const NOT_REQUIRED = /^no\b[^.]*\.[^.]*\bnot (required|needed|necessary)\b|^no\b[^.]*\bnot (required|needed|necessary)\b/i;
// A fact that opens "No." and says in that sentence what cannot be done ("No. ... is not billable to Medicaid"), not
// "No. You can always keep the title without being paid" (a "no" to a requirement, which is leave).
const PLAIN_NO = /^no\.\s+[^.]*\b(not (billable|reimbursable|allowed|permitted|eligible|transferable|accepted|recognized|covered)|cannot|can't|may not|must not)\b/i;
const QUALIFIED = /\b(who|whose|if|while|unless|provided|only|as long as|except|when)\b/i;
const PROVISO = /\b(provided (that|the)|as long as|only if|only when|so long as|on condition)\b/i;

export interface FactVerdict {
  verdict: Verdict;
  /** The fact says what the asker lacks is not required: a negation in the question does not weaken the yes. */
  freeToGoAhead: boolean;
}

/**
 * A yes-or-no question answered by a fact (an entry with no verdict of its own) takes what the fact says, when the
 * fact covers the question as fully as a yes must (`coversForAYes`):
 * - "Is that something parent partners do?", "does that count as parenting?", answered by the description or
 *   definition that takes it in, without a condition: yes.
 * - "Can that work be billed?" answered by a fact with a proviso ("provided the work ties to the diagnosis"): it depends.
 * - "Do I need the PSP test to be a coordinator?" answered "No, not required": the asker may go ahead.
 * - "Can I use my certification in another county?" answered by an unconditional "Yes.": yes. Not a yes with a
 *   condition ("Yes. Family members who live in North Carolina can apply" is no yes for Virginia), and not a duty
 *   ("do I have to report it?" answered "Yes, you must").
 * - "Can we bill Medicaid for my hours?" answered by an unconditional "No.": no.
 */
export function verdictFromFact(verdict: Verdict, fact: KnowledgeEntry, shape: QuestionShape, question: string, coversForAYes: boolean): FactVerdict {
  const asksWhether = shape.asksPermission || shape.asksYesOrNo;
  if (fact.verdict) return { verdict, freeToGoAhead: false };
  if (asksWhether && coversForAYes && NOT_REQUIRED.test(fact.rule)) return { verdict: "allowed", freeToGoAhead: true };
  if (verdict === "info" && shape.asksWithinRole && coversForAYes && !NEGATED_CONDITION.test(fact.rule)) return { verdict: "allowed", freeToGoAhead: false };
  if (verdict === "info" && asksWhether && PROVISO.test(fact.rule)) return { verdict: "depends", freeToGoAhead: false };
  const plainYes = /^yes\b/i.test(fact.rule) && !QUALIFIED.test(fact.rule);
  if (shape.asksPermission && !shape.asksRequirement && coversForAYes && plainYes && !NEGATED_CONDITION.test(question)) return { verdict: "allowed", freeToGoAhead: false };
  // "Can we bill Medicaid for it?" answered by a fact that opens "No." (not billable there): no. A "No" to a
  // requirement ("do I need ...?") is leave, not a limit, and is read above.
  if (verdict !== "not_allowed" && shape.asksPermission && !shape.asksRequirement && PLAIN_NO.test(fact.rule)) return { verdict: "not_allowed", freeToGoAhead: false };
  return { verdict, freeToGoAhead: false };
}
