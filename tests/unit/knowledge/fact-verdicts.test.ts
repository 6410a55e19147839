import { describe, expect, it } from "vitest";
import { classifyQuestion } from "../../../src/core/knowledge/classify-question.js";
import { verdictFromFact } from "../../../src/core/knowledge/fact-verdicts.js";
import type { KnowledgeEntry } from "../../../src/core/knowledge/knowledge-entry.js";
import { loadStateRegistry } from "../../../src/registry-files/load-state-registry.js";

const states = loadStateRegistry();
const fact = (rule: string, verdict?: "allowed" | "not_allowed" | "depends"): KnowledgeEntry =>
  ({ id: "e", title: "A fact", kind: "process", ...(verdict ? { verdict } : {}), jurisdiction: "CA", source: "doc", section: "s", phrasings: ["x"], keywords: [], related: [], when: [], rule, instead: "", why: "", file: "e.md" }) as KnowledgeEntry;
const verdictOf = (question: string, rule: string, covers = true, verdict?: "allowed") => verdictFromFact("info", fact(rule, verdict), classifyQuestion(question, states), question, covers).verdict;

describe("verdictFromFact", () => {
  it("GIVEN 'does that count as ...?' and a definition that takes it in THEN yes; with a condition in it THEN still a fact", () => {
    expect(verdictOf("Does raising my grandson count as parenting?", "A parent is anyone who raises a child and makes the decisions.")).toBe("allowed");
    expect(verdictOf("Does raising my grandson count as parenting?", "A parent is anyone who raises a child, except a paid foster carer.")).toBe("info");
  });

  it("GIVEN a fact with a proviso THEN a yes-or-no question about it depends", () => {
    expect(verdictOf("Can that coaching be billed?", "A project can bill for the work provided the work ties to the child's diagnosis.")).toBe("depends");
  });

  it("GIVEN 'do I need X?' and 'No, X is not required' THEN the asker may go ahead", () => {
    expect(verdictFromFact("info", fact("No, not at this time. The test is not required for the role."), classifyQuestion("Do I need the test first?", states), "I never took it. Do I need the test first?", true)).toEqual({ verdict: "allowed", freeToGoAhead: true });
  });

  it("GIVEN a 'can I' and an unconditional 'Yes.' THEN yes; a conditional yes, a duty or a thin cover THEN not", () => {
    expect(verdictOf("Can I use my certification in another county?", "Yes. A certification is valid in any county.")).toBe("allowed");
    expect(verdictOf("Can I get the scholarship?", "Yes. Family members who live in the state can apply.")).toBe("info");
    expect(verdictOf("Do I have to report it?", "Yes, you must report it.")).toBe("info");
    expect(verdictOf("Can I use my certification in another county?", "Yes. A certification is valid in any county.", false)).toBe("info");
  });

  it("GIVEN an entry with a verdict of its own THEN its verdict is not the fact's to change", () => {
    expect(verdictOf("Can I use my certification in another county?", "Yes. A certification is valid in any county.", true, "allowed")).toBe("info");
  });

  it("GIVEN 'can we bill it?' and a fact that opens 'No.' with what cannot be done THEN no; a 'No.' that grants leave THEN not", () => {
    expect(verdictOf("Can we bill Medicaid for her visits?", "No. In this state the work is not billable to Medicaid or private insurance.")).toBe("not_allowed");
    expect(verdictOf("Can I still use the title if I'm not paid?", "No. You can always keep the title without being paid if you took the courses.")).not.toBe("not_allowed");
    expect(verdictOf("How do we bill Medicaid?", "No. In this state the work is not billable to Medicaid or private insurance.")).toBe("info");
  });
});
