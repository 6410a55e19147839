import { afterEach, describe, expect, it } from "vitest";
import type { NewHourEntry } from "../../src/core/hours/hour-entry.js";
import { storeImplementations, type Stores } from "./store-implementations.js";

const AT = new Date("2026-11-24T17:00:00Z");
const maria = (stampBy = "slack:UMARIA") => ({ by: stampBy, at: AT });
const work = (minutes: number, date = "2026-11-20", userKey = "slack:UMARIA"): NewHourEntry => ({ userKey, kind: "work", minutes, date });
const supervision = (minutes: number, date = "2026-11-20"): NewHourEntry => ({
  userKey: "slack:UMARIA", kind: "supervision", minutes, date, supervisorKey: "slack:USAM", supervisionFormat: "individual",
});
const DAY = { maxDayMinutes: 1440 };

describe.each(storeImplementations)("HoursRepository contract on $name", (implementation) => {
  let stores: Stores & { close(): Promise<void> };
  afterEach(async () => stores?.close());
  const open = async () => (stores = await implementation.open()).entries;

  it("GIVEN a new supervision entry THEN it is stored pending, readable by id, and its creation is in the trail", async () => {
    const hours = await open();
    const result = await hours.add({ ...supervision(90), note: "case review" }, maria(), DAY);
    expect(result.status).toBe("stored");
    if (result.status !== "stored") return;
    expect(result.entry).toMatchObject({ kind: "supervision", minutes: 90, confirmation: "pending", supervisorKey: "slack:USAM", note: "case review", loggedAt: AT.toISOString() });
    expect(await hours.get(result.entry.id)).toEqual(result.entry);
    expect(result.allTime).toMatchObject({ supervision: 90, pendingSupervision: 90, work: 0 });
    expect((await hours.history(result.entry.id)).map((c) => [c.action, c.changedBy, c.after])).toEqual([["create", "slack:UMARIA", result.entry]]);
  });

  it("GIVEN a day holding 23 hours THEN one more hour fits, a minute more does not, and other days and people are unaffected", async () => {
    const hours = await open();
    await hours.add(work(23 * 60), maria(), DAY);
    expect((await hours.add(work(60), maria(), DAY)).status).toBe("stored");
    expect(await hours.add(work(1), maria(), DAY)).toEqual({ status: "day-full", dayMinutes: 1440 });
    expect((await hours.add(work(1, "2026-11-21"), maria(), DAY)).status).toBe("stored");
    expect((await hours.add(work(1, "2026-11-20", "slack:UOTHER"), maria(), DAY)).status).toBe("stored");
    expect((await hours.list("slack:UMARIA")).map((e) => e.minutes)).toEqual([1380, 60, 1]);
  });

  it("GIVEN 30 one-hour entries for one day at once THEN exactly 24 are stored and 6 are refused", async () => {
    const hours = await open();
    const results = await Promise.all(Array.from({ length: 30 }, (_, i) => hours.add(work(60), maria(), { ...DAY, deliveryKey: `slack:t${i}` })));
    expect(results.filter((r) => r.status === "stored")).toHaveLength(24);
    expect(results.filter((r) => r.status === "day-full")).toHaveLength(6);
    expect((await hours.totals("slack:UMARIA")).work).toBe(1440);
  });

  it("GIVEN the same delivery several times, at once and again later, THEN one entry is stored and the rest answer with it", async () => {
    const hours = await open();
    const results = await Promise.all([1, 2, 3].map(() => hours.add(work(1440), maria(), { ...DAY, deliveryKey: "slack:same" })));
    const again = await hours.add(work(1440), maria(), { ...DAY, deliveryKey: "slack:same" });
    expect(results.map((r) => r.status).sort()).toEqual(["duplicate", "duplicate", "stored"]);
    const stored = results.find((r) => r.status === "stored");
    expect(again).toEqual({ status: "duplicate", entry: stored!.status === "stored" && stored!.entry, allTime: expect.objectContaining({ work: 1440 }) });
    expect(await hours.list("slack:UMARIA")).toHaveLength(1);
  });

  it("GIVEN a confirmed supervision entry THEN a note edit keeps the confirmation and a length edit asks for it again", async () => {
    const hours = await open();
    const added = await hours.add(supervision(60), maria(), DAY);
    const id = added.status === "stored" ? added.entry.id : -1;
    const confirmed = await hours.confirm(id, { by: "slack:USAM", at: AT });
    expect(confirmed).toMatchObject({ confirmation: "confirmed", confirmedBy: "slack:USAM", confirmedAt: AT.toISOString() });
    const noted = await hours.update(id, { note: "group debrief" }, maria(), DAY);
    expect(noted).toMatchObject({ status: "updated", after: { confirmation: "confirmed", confirmedBy: "slack:USAM", note: "group debrief" } });
    const longer = await hours.update(id, { minutes: 90 }, maria(), DAY);
    expect(longer.status === "updated" && longer.after).toMatchObject({ confirmation: "pending", minutes: 90 });
    expect(longer.status === "updated" && longer.after.confirmedBy).toBeUndefined();
    expect(await hours.get(id)).toEqual(longer.status === "updated" && longer.after);
    expect((await hours.pendingFor("slack:USAM")).map((e) => e.id)).toEqual([id]);
    expect((await hours.history(id)).map((c) => c.action)).toEqual(["create", "confirm", "edit", "edit"]);
  });

  it("GIVEN supervision edited into work THEN it needs no confirmation and drops its supervisor", async () => {
    const hours = await open();
    const added = await hours.add(supervision(60), maria(), DAY);
    const id = added.status === "stored" ? added.entry.id : -1;
    const result = await hours.update(id, { kind: "work", supervisorKey: undefined, supervisionFormat: undefined }, maria(), DAY);
    expect(result.status === "updated" && result.after).toEqual({ id, userKey: "slack:UMARIA", kind: "work", minutes: 60, date: "2026-11-20", loggedAt: AT.toISOString() });
    expect(await hours.totals("slack:UMARIA")).toMatchObject({ work: 60, supervision: 0, pendingSupervision: 0 });
  });

  it("GIVEN an edit that would pass 24 hours THEN nothing changes; the entry's own old minutes do not count against it", async () => {
    const hours = await open();
    await hours.add(work(600), maria(), DAY);
    const moved = await hours.add(work(600, "2026-11-19"), maria(), DAY);
    const id = moved.status === "stored" ? moved.entry.id : -1;
    expect(await hours.update(id, { date: "2026-11-20", minutes: 900 }, maria(), DAY)).toEqual({ status: "day-full", dayMinutes: 600 });
    expect(await hours.get(id)).toMatchObject({ date: "2026-11-19", minutes: 600 });
    expect((await hours.update(id, { minutes: 1440 }, maria(), DAY)).status).toBe("updated");
    expect((await hours.history(id)).map((c) => c.action)).toEqual(["create", "edit"]);
  });

  it("GIVEN a deleted entry THEN get still has it but lists, totals, latest and the day limit skip it", async () => {
    const hours = await open();
    const first = await hours.add(work(1000), maria(), DAY);
    const id = first.status === "stored" ? first.entry.id : -1;
    await hours.add(work(100, "2026-11-21"), maria(), DAY);
    const removed = await hours.remove((await hours.latest("slack:UMARIA"))!.id, maria(), "undo");
    expect(removed.minutes).toBe(100);
    await hours.remove(id, maria(), "delete");
    expect(await hours.get(id)).toMatchObject({ minutes: 1000, deletedAt: AT.toISOString() });
    expect(await hours.list("slack:UMARIA")).toEqual([]);
    expect(await hours.latest("slack:UMARIA")).toBeUndefined();
    expect((await hours.totals("slack:UMARIA")).work).toBe(0);
    expect((await hours.add(work(1440), maria(), DAY)).status).toBe("stored");
    expect((await hours.history(id)).map((c) => [c.action, c.before?.deletedAt, c.after?.deletedAt])).toEqual([
      ["create", undefined, undefined],
      ["delete", undefined, AT.toISOString()],
    ]);
  });

  it("GIVEN edits, confirmations and deletes THEN all-time totals equal a fresh sum, and a range counts only its days", async () => {
    const hours = await open();
    const s = await hours.add(supervision(120, "2026-11-02"), maria(), DAY);
    const sid = s.status === "stored" ? s.entry.id : -1;
    await hours.add(supervision(30, "2026-11-03"), maria(), DAY);
    const w = await hours.add(work(180, "2026-11-10"), maria(), DAY);
    await hours.add({ ...work(60, "2026-10-30"), kind: "training", note: "Motivational Interviewing" }, maria(), DAY);
    await hours.confirm(sid, { by: "slack:USAM", at: AT });
    await hours.update(sid, { minutes: 90 }, maria(), DAY);
    await hours.confirm(sid, { by: "slack:USAM", at: AT });
    await hours.update(w.status === "stored" ? w.entry.id : -1, { kind: "ceu" }, maria(), DAY);
    await hours.add(work(45, "2026-11-12"), maria(), DAY);
    await hours.remove((await hours.latest("slack:UMARIA"))!.id, maria(), "delete");
    const all = await hours.totals("slack:UMARIA");
    expect(all).toEqual({ work: 0, supervision: 120, ceu: 180, ethics: 0, training: 60, pendingSupervision: 30 });
    expect(await hours.totals("slack:UMARIA", { from: "0001-01-01" })).toEqual(all);
    expect(await hours.totals("slack:UMARIA", { from: "2026-11-01", to: "2026-11-02" })).toMatchObject({ supervision: 90, pendingSupervision: 0, training: 0 });
    expect(await hours.trainingNotes("slack:UMARIA")).toEqual(["Motivational Interviewing"]);
    expect(await hours.firstDate("slack:UMARIA", "supervision")).toBe("2026-11-02");
    expect(await hours.firstDate("slack:UMARIA", "ethics")).toBeUndefined();
    expect((await hours.list("slack:UMARIA", { from: "2026-11-03", to: "2026-11-10" })).map((e) => e.date)).toEqual(["2026-11-03", "2026-11-10"]);
  });

  it("GIVEN entries by several partners THEN partners and supervisees are listed once each, in order", async () => {
    const hours = await open();
    await hours.add(work(10, "2026-11-20", "slack:UZED"), maria(), DAY);
    await hours.add(supervision(10), maria(), DAY);
    await hours.add(supervision(20), maria(), DAY);
    expect(await hours.partners()).toEqual(["slack:UMARIA", "slack:UZED"]);
    expect(await hours.superviseesOf("slack:USAM")).toEqual(["slack:UMARIA"]);
    expect(await hours.superviseesOf("slack:UNOBODY")).toEqual([]);
    expect(await hours.get(999_999)).toBeUndefined();
  });
});
