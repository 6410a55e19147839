import { afterEach, describe, expect, it } from "vitest";
import { createHoursHarness, FIXED_NOW, removeHarnessFile, type HoursHarness } from "./hours-harness.js";

let h: HoursHarness;
afterEach(() => removeHarnessFile(h));

const stamp = { by: "slack:U1", at: FIXED_NOW };
const entry = (minutes: number) => ({ userKey: "slack:U1", kind: "work" as const, minutes, date: "2026-11-20" });

describe("group commit of new entries", () => {
  it("GIVEN the same delivery three times at once THEN one entry is stored and two are duplicates", async () => {
    h = createHoursHarness();
    const results = await Promise.all([1, 2, 3].map(() => h.services.entries.add(entry(60), stamp, { deliveryKey: "slack:t1", maxDayMinutes: 1440 })));
    expect(results.map((r) => r.status)).toEqual(["stored", "duplicate", "duplicate"]);
    expect(await h.services.entries.list("slack:U1")).toHaveLength(1);
  });

  it("GIVEN a redelivery of the entry that filled its day THEN it is a duplicate, not a full day", async () => {
    h = createHoursHarness();
    const first = await h.services.entries.add(entry(1440), stamp, { deliveryKey: "slack:t2", maxDayMinutes: 1440 });
    const again = await h.services.entries.add(entry(1440), stamp, { deliveryKey: "slack:t2", maxDayMinutes: 1440 });
    const other = await h.services.entries.add(entry(1), stamp, { deliveryKey: "slack:t3", maxDayMinutes: 1440 });
    expect([first.status, again.status, other.status]).toEqual(["stored", "duplicate", "day-full"]);
    expect(again.status === "duplicate" && first.status === "stored" && again.entry).toEqual(first.status === "stored" && first.entry);
    expect(other.status === "day-full" && other.dayMinutes).toBe(1440);
    // The entry the add answers with (built without reading back) is the row as stored, and the audit row records it.
    const stored = first.status === "stored" ? first.entry : undefined;
    expect(stored).toEqual(await h.services.entries.get(stored!.id));
    expect((await h.services.entries.history(stored!.id)).map((c) => [c.action, c.after])).toEqual([["create", stored]]);
    // Both answers carry the totals as of the write, read in its transaction.
    expect([first.status !== "day-full" && first.allTime.work, again.status !== "day-full" && again.allTime.work]).toEqual([1440, 1440]);
  });

  it("GIVEN one bad write in a batch THEN only it fails, the others are stored and the day limit counts them in order", async () => {
    h = createHoursHarness();
    const results = await Promise.allSettled([
      h.services.entries.add(entry(600), stamp, { maxDayMinutes: 1440 }),
      h.services.entries.add(entry(5000), stamp, { maxDayMinutes: 10_000 }), // breaks the table's CHECK: a fault
      h.services.entries.add(entry(800), stamp, { maxDayMinutes: 1440 }),
      h.services.entries.add(entry(60), stamp, { maxDayMinutes: 1440 }), // 600 + 800 + 60 > 1440
    ]);
    expect(results.map((r) => (r.status === "fulfilled" ? r.value.status : "rejected"))).toEqual(["stored", "rejected", "stored", "day-full"]);
    h = h.reopen();
    expect((await h.services.entries.list("slack:U1")).map((e) => e.minutes)).toEqual([600, 800]);
    expect((await h.services.entries.totals("slack:U1")).work).toBe(1400);
    expect(h.db.prepare("SELECT COUNT(*) AS n FROM hours_changes").get()).toEqual({ n: 2 });
  });

  it("GIVEN edits, confirmations and deletes THEN the kept all-time totals equal a fresh sum of the entries", async () => {
    h = createHoursHarness();
    await h.run("maria", "/log-hours 2h supervision with @sam");
    await h.run("maria", "/log-hours 3h work");
    await h.run("sam", "/hours confirm 1");
    await h.run("maria", "/hours edit 1 90m");
    await h.run("maria", "/hours edit 2 ceu");
    await h.run("maria", "/log-hours 1h work");
    await h.run("maria", "/hours delete 3");
    const kept = await h.services.entries.totals("console:maria");
    const summed = await h.services.entries.totals("console:maria", { from: "0001-01-01" });
    expect(kept).toEqual(summed);
    expect(kept).toMatchObject({ supervision: 90, pendingSupervision: 90, ceu: 180, work: 0 });
  });
});
