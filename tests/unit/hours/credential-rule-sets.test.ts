import { describe, expect, it } from "vitest";
import { loadCredentialRuleSets, parseRuleSetFile } from "../../../src/credential-files/load-credential-rule-sets.js";
import { credentialsDirectory } from "../../../src/credential-files/credentials-directory.js";
import { findUnsourcedSections } from "../../../src/credential-files/find-unsourced-sections.js";
import { loadStateRegistry } from "../../../src/registry-files/load-state-registry.js";

const sets = loadCredentialRuleSets(credentialsDirectory(), loadStateRegistry());
const byId = new Map(sets.map((s) => [s.id, s]));

describe("credential rule sets (data files)", () => {
  it("GIVEN the credentials folder THEN the six tracks load and validate", () => {
    expect([...byId.keys()].sort()).toEqual(["ca-ppss", "mt-candidate", "mt-cfpss", "mt-cfpss-maintenance", "national-psp", "nc-family-partner"]);
  });

  it("GIVEN a rule whose section heading is not in its document THEN the source check names it", () => {
    // The check against the real seed documents runs in `npm run eval` (they live outside the repository).
    const documents: Record<string, string> = { "mt-family-peer-support-toolkit": "Code of Ethics\n  Supervision Requirements ..." };
    const set = { ...byId.get("mt-candidate")!, requirements: byId.get("mt-candidate")!.requirements.slice(0, 1) };
    const rule = set.requirements[0]!;
    const cited = (section: string) => [{ ...set, requirements: [{ ...rule, source: "mt-family-peer-support-toolkit" as const, section }] }];
    expect(findUnsourcedSections(cited("Code of Ethics: Supervision Requirements (a)"), (s) => documents[s]!)).toEqual([]);
    expect(findUnsourcedSections(cited("Code of Ethics: Training Rules"), (s) => documents[s]!)).toEqual([`mt-candidate/${rule.id}: Training Rules`]);
  });

  it("GIVEN Montana THEN the numbers are the toolkit's", () => {
    const candidate = byId.get("mt-candidate")!.requirements;
    expect(candidate.find((r) => r.type === "supervision-ratio")).toMatchObject({ workHoursPerSupervisionHour: 20 });
    const cfpss = byId.get("mt-cfpss")!.requirements;
    expect(cfpss.find((r) => r.id === "supervised-experience-1000-hours")).toMatchObject({ minimumHours: 1000 });
    expect(cfpss.find((r) => r.id === "ceu-40-hours")).toMatchObject({ minimumHours: 40, kinds: ["ceu", "ethics"] });
    const maintenance = byId.get("mt-cfpss-maintenance")!;
    expect(maintenance.cycleMonths).toBe(12);
    expect(maintenance.requirements.map((r) => [r.id, r.type === "hours" ? r.minimumHours : r.type === "supervision-ratio" ? r.workHoursPerSupervisionHour : 0]))
      .toEqual([["ceu-20-hours-yearly", 20], ["ethics-2-hours-yearly", 2], ["supervision-1-per-40", 40]]);
  });

  it("GIVEN California THEN core training is 40 to 72 hours and CE is 20 hours every 2 years", () => {
    const ca = byId.get("ca-ppss")!;
    expect(ca.cycleMonths).toBe(24);
    expect(ca.requirements[0]).toMatchObject({ minimumHours: 40, maximumHours: 72, kinds: ["training"] });
    expect(ca.requirements[1]).toMatchObject({ minimumHours: 20, window: "cycle" });
  });

  it("GIVEN North Carolina THEN the five required trainings are named as in the FAQ", () => {
    const courses = byId.get("nc-family-partner")!.requirements.find((r) => r.type === "courses");
    expect(courses?.type === "courses" && courses.courses.map((c) => c.name)).toEqual([
      "Family Partner 101", "Motivational Interviewing", "CFT 1", "Trauma Informed Care", "WRAP",
    ]);
    expect(byId.get("national-psp")!.requirements.find((r) => r.type === "supervised-period")).toMatchObject({ months: 12 });
  });

  it("GIVEN a rule without a source THEN the file error names the field", () => {
    const bad = { id: "xx", name: "X", state: "MT", requirements: [{ id: "a", type: "hours", label: "A", kinds: ["work"], minimumHours: 1, section: "S" }] };
    expect(() => parseRuleSetFile("xx.json", JSON.stringify(bad))).toThrow(/xx\.json: field 'requirements\.0\.source'/);
  });

  it("GIVEN a cycle rule in a set without cycleMonths THEN it is refused", () => {
    const bad = { id: "xx", name: "X", state: "MT", requirements: [{ id: "a", type: "hours", label: "A", kinds: ["ceu"], minimumHours: 1, window: "cycle", source: "nc-family-partner-faq", section: "S" }] };
    expect(() => parseRuleSetFile("xx.json", JSON.stringify(bad))).toThrow(/cycleMonths/);
  });

  it("GIVEN a file whose id is not its name THEN it is refused", () => {
    const set = JSON.parse(JSON.stringify(byId.get("mt-candidate")));
    expect(() => parseRuleSetFile("other.json", JSON.stringify(set))).toThrow(/must match the file name/);
  });
});
