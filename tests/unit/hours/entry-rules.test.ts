import { describe, expect, it } from "vitest";
import type { HourEntry } from "../../../src/core/hours/hour-entry.js";
import { confirmedEntry, deletedEntry } from "../../../src/core/hours/entry-status-changes.js";
import { planEntryEdit } from "../../../src/core/hours/plan-entry-edit.js";
import { planNewEntry } from "../../../src/core/hours/plan-new-entry.js";
import { sumEntries, totalsChange } from "../../../src/core/hours/totals-change.js";

const AT = new Date("2026-11-24T17:00:00Z");
const stamp = { by: "slack:USAM", at: AT };
const confirmedSupervision: HourEntry = {
  id: 7, userKey: "slack:U1", kind: "supervision", minutes: 60, date: "2026-11-20", supervisorKey: "slack:USAM", supervisionFormat: "group",
  confirmation: "confirmed", confirmedBy: "slack:USAM", confirmedAt: "2026-11-21T00:00:00.000Z", loggedAt: "2026-11-20T20:00:00.000Z",
};

describe("the hours rules the core decides for every store", () => {
  it("GIVEN a new entry THEN supervision starts pending, other kinds carry no confirmation, and the day limit is inclusive", () => {
    const supervision = planNewEntry({ userKey: "slack:U1", kind: "supervision", minutes: 60, date: "2026-11-20", supervisorKey: "slack:USAM" }, stamp, 1380, 1440);
    expect(supervision).toMatchObject({ status: "store", entry: { confirmation: "pending", loggedAt: AT.toISOString() } });
    const work = planNewEntry({ userKey: "slack:U1", kind: "work", minutes: 60, date: "2026-11-20" }, stamp, 0, 1440);
    expect(work.status === "store" && "confirmation" in work.entry).toBe(false);
    expect(planNewEntry({ userKey: "slack:U1", kind: "work", minutes: 61, date: "2026-11-20" }, stamp, 1380, 1440)).toEqual({ status: "day-full", dayMinutes: 1380 });
  });

  it("GIVEN a confirmed supervision entry THEN only changes to what was supervised ask for confirmation again", () => {
    for (const keeps of [{ note: "debrief" }, { supervisionFormat: "individual" as const }]) {
      expect(planEntryEdit(confirmedSupervision, keeps, 0, 1440)).toMatchObject({ status: "update", after: { confirmation: "confirmed", confirmedBy: "slack:USAM" } });
    }
    for (const reconfirms of [{ minutes: 90 }, { date: "2026-11-19" }, { supervisorKey: "slack:UOTHER" }]) {
      const plan = planEntryEdit(confirmedSupervision, reconfirms, 0, 1440);
      expect(plan.status === "update" && [plan.after.confirmation, plan.after.confirmedBy, plan.after.confirmedAt]).toEqual(["pending", undefined, undefined]);
    }
    const asWork = planEntryEdit(confirmedSupervision, { kind: "work", supervisorKey: undefined, supervisionFormat: undefined }, 0, 1440);
    expect(asWork.status === "update" && Object.keys(asWork.after).sort()).toEqual(["date", "id", "kind", "loggedAt", "minutes", "userKey"]);
    expect(planEntryEdit(confirmedSupervision, { minutes: 600 }, 900, 1440)).toEqual({ status: "day-full", dayMinutes: 900 });
  });

  it("GIVEN each kind of change THEN the kept totals move by the old share out and the new share in", () => {
    const pending = { ...confirmedSupervision, confirmation: "pending" as const };
    expect(totalsChange(undefined, pending)).toEqual([{ userKey: "slack:U1", kind: "supervision", minutes: 60, pendingMinutes: 60 }]);
    expect(totalsChange(pending, confirmedEntry(pending, stamp))).toEqual([
      { userKey: "slack:U1", kind: "supervision", minutes: -60, pendingMinutes: -60 },
      { userKey: "slack:U1", kind: "supervision", minutes: 60, pendingMinutes: 0 },
    ]);
    expect(totalsChange(confirmedSupervision, deletedEntry(confirmedSupervision, stamp))).toEqual([{ userKey: "slack:U1", kind: "supervision", minutes: -60, pendingMinutes: 0 }]);
    expect(sumEntries([pending, confirmedSupervision, deletedEntry(pending, stamp)])).toMatchObject({ supervision: 120, pendingSupervision: 60 });
  });
});
