import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHoursHarness, removeHarnessFile, type HoursHarness } from "./hours-harness.js";

// Issue 8, reproductions 6, 7 and the date floor of 8, through the real commands on a real SQLite file.
let h: HoursHarness;
beforeEach(() => {
  h = createHoursHarness();
});
afterEach(() => removeHarnessFile(h));

const rows = (h: HoursHarness) => h.db.prepare("SELECT minutes FROM hour_entries ORDER BY id").all() as { minutes: number }[];

describe("hostile durations and dates", () => {
  it("GIVEN 24.0001 hours or 1h61m THEN refused before any rounding, and nothing is stored", async () => {
    for (const [line, code] of [
      ["/log-hours 24.0001 work", "hours.over-24-hours"],
      ["/log-hours 1h61m work", "hours.invalid-duration"],
      ["/log-hours 1:60 work", "hours.invalid-duration"],
    ]) {
      expect((await h.run("maria", line!)).reply, line).toMatchObject({ kind: "error", code });
    }
    expect(rows(h)).toEqual([]);
  });

  it("GIVEN NaN, Infinity, +2, ½ or full-width digits THEN invalid-duration quoting what was typed, not 'start with how long'", async () => {
    for (const value of ["NaN", "Infinity", "+2", "½", "２", "１.５h"]) {
      const { reply } = await h.run("maria", `/log-hours ${value} work`);
      expect(reply, value).toMatchObject({ kind: "error", code: "hours.invalid-duration" });
      expect(reply.text, value).toContain(`"${value}"`);
    }
    expect(rows(h)).toEqual([]);
  });

  it("GIVEN -0 THEN the zero-duration error, not 'can't be negative'", async () => {
    expect((await h.run("maria", "/log-hours -0 work")).reply).toMatchObject({ code: "hours.zero-duration" });
  });

  it("GIVEN /hours edit naming yourself as supervisor THEN 'you can't be your own supervisor', and the entry is unchanged", async () => {
    await h.run("maria", "/log-hours 1 supervision with @sam");
    const { reply } = await h.run("maria", "/hours edit 1 with @maria");
    expect(reply).toMatchObject({ kind: "error", code: "hours.self-supervision" });
    expect(reply.text).toContain("can't be your own supervisor");
    expect(await h.services.entries.get(1)).toMatchObject({ supervisorKey: "console:sam" });
  });

  it("GIVEN /hours edit with an unreadable number THEN invalid-duration, and the entry keeps its hours", async () => {
    await h.run("maria", "/log-hours 2h work");
    expect((await h.run("maria", "/hours edit 1 ½")).reply).toMatchObject({ code: "hours.invalid-duration" });
    expect((await h.run("maria", "/hours edit 1 1h61m")).reply).toMatchObject({ code: "hours.invalid-duration" });
    expect(rows(h)).toEqual([{ minutes: 120 }]);
  });

  it("GIVEN entry and certification dates before 2000 THEN refused with the reason", async () => {
    const entry = await h.run("maria", "/log-hours 2h work 1900-01-01");
    expect(entry.reply).toMatchObject({ kind: "error", code: "hours.date-too-early" });
    expect(entry.reply.text).toContain("before 2000-01-01");
    const profile = await h.run("maria", "/profile certified 1900-06-01");
    expect(profile.reply).toMatchObject({ kind: "error", code: "profile.date-too-early" });
    expect((await h.run("maria", "/profile certified 2001-06-01")).reply.kind).toBe("message");
    expect(rows(h)).toEqual([]);
  });
});
