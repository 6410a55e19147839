import { describe, expect, it } from "vitest";
import { evaluateRequirements } from "../../../src/core/hours/evaluate-requirements.js";
import { emptyKindTotals, type KindTotals } from "../../../src/core/hours/kind-totals.js";
import type { HoursFacts } from "../../../src/core/hours/hours-facts.js";
import { renewalCycleContaining } from "../../../src/core/hours/renewal-cycle.js";
import { loadCredentialRuleSets } from "../../../src/credential-files/load-credential-rule-sets.js";
import { credentialsDirectory } from "../../../src/credential-files/credentials-directory.js";
import { loadStateRegistry } from "../../../src/registry-files/load-state-registry.js";

const sets = new Map(loadCredentialRuleSets(credentialsDirectory(), loadStateRegistry()).map((s) => [s.id, s]));
const TODAY = "2026-11-24";
const h = (hours: number) => Math.round(hours * 60);

function totals(hours: Partial<Record<keyof KindTotals, number>>): KindTotals {
  const t = emptyKindTotals();
  for (const [k, v] of Object.entries(hours)) t[k as keyof KindTotals] = h(v);
  return t;
}

function facts(extra: Partial<HoursFacts>): HoursFacts {
  return { today: TODAY, allTime: emptyKindTotals(), trainingNotes: [], ...extra };
}

function byId(setId: string, f: HoursFacts) {
  return new Map(evaluateRequirements(sets.get(setId)!, f).map((p) => [p.requirement.id, p]));
}

describe("supervision ratio", () => {
  it("GIVEN 20h work and exactly 1h supervision as a candidate THEN it is in ratio", () => {
    const p = byId("mt-candidate", facts({ allTime: totals({ work: 20, supervision: 1 }) })).get("supervision-1-per-20")!;
    expect(p).toMatchObject({ status: "met", done: 60, required: 60, remaining: 0 });
  });

  it("GIVEN 50h work and 1.5h supervision THEN it is 60 minutes short (2.5h needed)", () => {
    const p = byId("mt-candidate", facts({ allTime: totals({ work: 50, supervision: 1.5 }) })).get("supervision-1-per-20")!;
    expect(p).toMatchObject({ status: "below-ratio", required: 150, remaining: 60 });
  });

  it("GIVEN a shortfall below a minute THEN it rounds up to a whole minute", () => {
    const allTime = emptyKindTotals();
    allTime.work = 21; // 21 minutes of work needs 1.05 minutes of supervision
    const p = byId("mt-candidate", facts({ allTime })).get("supervision-1-per-20")!;
    expect(p).toMatchObject({ status: "below-ratio", required: 2, remaining: 2 });
  });

  it("GIVEN in ratio only thanks to unconfirmed supervision THEN it awaits confirmation", () => {
    const p = byId("mt-candidate", facts({ allTime: totals({ work: 40, supervision: 2, pendingSupervision: 1 }) })).get("supervision-1-per-20")!;
    expect(p).toMatchObject({ status: "awaiting-confirmation", pendingMinutes: 60, remaining: 0 });
  });

  it("GIVEN a certified partner THEN 1 per 40 applies in the cycle", () => {
    const range = renewalCycleContaining(TODAY, "2026-03-01", 12);
    const f = facts({ cycle: { range, totals: totals({ work: 80, supervision: 2 }) } });
    expect(byId("mt-cfpss-maintenance", f).get("supervision-1-per-40")).toMatchObject({ status: "met", required: 120 });
  });
});

describe("hours requirements", () => {
  it("GIVEN 990 of 1000 experience hours THEN 10 remain; CEUs count ethics too", () => {
    const f = facts({ allTime: totals({ work: 950, training: 20, ceu: 15, ethics: 5 }) });
    const p = byId("mt-cfpss", f);
    expect(p.get("supervised-experience-1000-hours")).toMatchObject({ done: h(990), remaining: h(10), status: "in-progress" });
    expect(p.get("ceu-40-hours")).toMatchObject({ done: h(20), required: h(40), remaining: h(20) });
    expect(p.get("training-course-40-hours")).toMatchObject({ done: h(20), remaining: h(20) });
  });

  it("GIVEN maintenance without a certification date THEN cycle rules say they need it", () => {
    const p = byId("mt-cfpss-maintenance", facts({ allTime: totals({ ceu: 30 }) }));
    expect(p.get("ceu-20-hours-yearly")!.status).toBe("needs-date");
    expect(p.get("supervision-1-per-40")!.status).toBe("needs-date");
  });

  it("GIVEN 20 CEU hours with 1 in ethics THEN CEUs are met but ethics is not", () => {
    const range = renewalCycleContaining(TODAY, "2025-03-01", 12);
    const p = byId("mt-cfpss-maintenance", facts({ cycle: { range, totals: totals({ ceu: 19, ethics: 1 }) } }));
    expect(p.get("ceu-20-hours-yearly")).toMatchObject({ status: "met", deadline: "2027-02-28" });
    expect(p.get("ethics-2-hours-yearly")).toMatchObject({ status: "in-progress", remaining: 60 });
  });
});

describe("course requirements", () => {
  it("GIVEN three required courses and two other trainings THEN two required remain and electives are met", () => {
    const trainingNotes = ["Family Partner 101", "motivational interviewing day 1", "Trauma-Informed Care", "CFT 2", "Youth Mental Health First Aid"];
    const p = byId("nc-family-partner", facts({ trainingNotes }));
    expect(p.get("required-trainings")).toMatchObject({ done: 3, required: 5, missing: ["CFT 1", "WRAP"] });
    expect(p.get("elective-trainings")).toMatchObject({ done: 2, status: "met" });
  });

  it("GIVEN the same elective twice and only required courses otherwise THEN one elective counts", () => {
    const trainingNotes = ["IEP/504 workshop", "IEP 504 workshop", "CFT 1", "WRAP"];
    const p = byId("nc-family-partner", facts({ trainingNotes }));
    expect(p.get("elective-trainings")).toMatchObject({ done: 1, remaining: 1 });
    expect(p.get("required-trainings")!.done).toBe(2);
  });

  it("GIVEN supervision since 2025-11-24 THEN the year is met on 2026-11-24, not a day before", () => {
    expect(byId("national-psp", facts({ firstSupervisionDate: "2025-11-24" })).get("supervised-one-year")).toMatchObject({ status: "met", done: 365 });
    const dayBefore = byId("national-psp", facts({ today: "2026-11-23", firstSupervisionDate: "2025-11-24" })).get("supervised-one-year")!;
    expect(dayBefore).toMatchObject({ status: "in-progress", remaining: 1, deadline: "2026-11-24" });
  });
});

describe("renewal cycles", () => {
  it.each([
    ["2026-11-24", "2026-03-01", 12, "2026-03-01", "2027-02-28"],
    ["2026-02-28", "2026-03-01", 12, "2025-03-01", "2026-02-28"],
    ["2026-11-24", "2027-06-15", 24, "2025-06-15", "2027-06-14"],
    ["2026-02-28", "2025-01-31", 1, "2026-02-28", "2026-03-30"],
  ])("GIVEN %s and anchor %s every %i months THEN the cycle runs %s to %s", (day, anchor, months, start, lastDay) => {
    expect(renewalCycleContaining(day, anchor, months)).toEqual({ start, lastDay });
  });
});
