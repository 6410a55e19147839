import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHoursHarness, removeHarnessFile, type HoursHarness } from "./hours-harness.js";

let h: HoursHarness;
beforeEach(() => {
  h = createHoursHarness();
});
afterEach(() => removeHarnessFile(h));

const count = (h: HoursHarness) => (h.db.prepare("SELECT COUNT(*) AS n FROM hour_entries").get() as { n: number }).n;

describe("/log-hours on a real SQLite file", () => {
  it("GIVEN entries THEN a restart finds every one with the same totals", async () => {
    await h.run("maria", "/profile track mt-candidate supervisor @sam");
    await h.run("maria", "/log-hours 1.5 work yesterday home visit");
    await h.run("maria", "/log-hours 1h30m work 11/20");
    await h.run("maria", "/log-hours 90m supervision group");
    await h.run("maria", "/log-hours 8 training Motivational Interviewing");
    const before = (await h.run("maria", "/hours")).reply.text;
    expect(before).toContain("Work: 3h");
    expect(before).toContain("Supervision: 1h 30m (1h 30m pending confirmation)");
    h = h.reopen();
    expect((await h.run("maria", "/hours")).reply.text).toBe(before);
    expect((await h.services.entries.list("console:maria")).map((e) => [e.date, e.kind, e.minutes])).toEqual([
      ["2026-11-20", "work", 90],
      ["2026-11-23", "work", 90],
      ["2026-11-24", "supervision", 90],
      ["2026-11-24", "training", 480],
    ]);
  });

  it("GIVEN Slack retries the same trigger THEN one entry is stored and the same confirmation comes back", async () => {
    const first = await h.run("U1", "/log-hours 2h work", { platform: "slack", deliveryId: "trig-1" });
    const again = await h.run("U1", "/log-hours 2h work", { platform: "slack", deliveryId: "trig-1" });
    expect(again.reply).toEqual(first.reply);
    expect(count(h)).toBe(1);
    await h.run("U1", "/log-hours 2h work", { platform: "slack", deliveryId: "trig-2" });
    expect(count(h)).toBe(2);
  });

  it("GIVEN a repeated supervision delivery THEN the supervisor is asked only once", async () => {
    const first = await h.run("U1", "/log-hours 1 supervision with <@U9|sam>", { platform: "slack", deliveryId: "t-7" });
    const again = await h.run("U1", "/log-hours 1 supervision with <@U9|sam>", { platform: "slack", deliveryId: "t-7" });
    expect(first.deliveries?.[0]?.to).toEqual({ kind: "user", userKey: "slack:U9" });
    expect(first.deliveries?.[0]?.reply.kind === "message" && first.deliveries[0].reply.actions).toEqual([
      { label: "Confirm", command: "/hours confirm 1", style: "primary" },
    ]);
    expect(again.deliveries).toBeUndefined();
  });

  it("GIVEN each kind of bad line THEN a specific error with an example, and nothing stored", async () => {
    await h.run("maria", "/log-hours 20h work");
    const cases: [string, string][] = [
      ["/log-hours 0 work", "hours.zero-duration"],
      ["/log-hours -2 work", "hours.negative-duration"],
      ["/log-hours 25 work", "hours.over-24-hours"],
      ["/log-hours 5h work", "hours.day-over-24-hours"],
      ["/log-hours 2 work 2026-11-25", "hours.future-date"],
      ["/log-hours 2 naps", "hours.unknown-kind"],
      ["/log-hours 2 work 2026-02-30", "hours.invalid-date"],
      ["/log-hours lots work", "hours.missing-duration"],
      ["/log-hours 2x work", "hours.invalid-duration"],
      ["/log-hours 1 supervision", "hours.missing-supervisor"],
    ];
    for (const [line, code] of cases) {
      const { reply } = await h.run("maria", line);
      expect(reply.kind === "error" && reply.code, line).toBe(code);
      expect(reply.text, line).toMatch(/\/log-hours \d|\/profile supervisor|\/hours edit/);
    }
    expect(count(h)).toBe(1);
  });

  it("GIVEN 4h already on a day THEN 20h more fits and 1 minute more does not", async () => {
    await h.run("maria", "/log-hours 4h work yesterday");
    expect((await h.run("maria", "/log-hours 20h ceu yesterday")).reply.kind).toBe("message");
    expect((await h.run("maria", "/log-hours 1m ethics yesterday")).reply).toMatchObject({ code: "hours.day-over-24-hours" });
  });

  it("GIVEN 10pm in Denver (5am UTC next day) THEN today is still the Denver date", async () => {
    const late = new Date("2026-11-25T05:00:00Z");
    await h.run("maria", "/log-hours 1 work", { now: late });
    expect((await h.services.entries.list("console:maria"))[0]!.date).toBe("2026-11-24");
  });
});

describe("changes keep who, when, before and after", () => {
  it("GIVEN edit, delete and undo THEN each is in the audit trail and the totals follow", async () => {
    await h.run("maria", "/log-hours 2h work");
    await h.run("maria", "/log-hours 1h ceu");
    await h.run("maria", "/log-hours 3h work yesterday");
    expect((await h.run("maria", "/hours edit 1 90m note family meeting")).reply.text).toContain("was #1 2026-11-24 2h Work; now #1 2026-11-24 1h 30m Work: family meeting");
    await h.run("maria", "/hours delete 2");
    expect((await h.run("maria", "/hours undo")).reply.text).toContain("Undone: #3");
    expect((await h.services.entries.totals("console:maria")).work).toBe(90);
    const trail = [1, 2, 3].map((id) => h.db.prepare("SELECT action, changed_by FROM hours_changes WHERE entry_id = ? ORDER BY id").all(id));
    expect(trail).toEqual([
      [{ action: "create", changed_by: "console:maria" }, { action: "edit", changed_by: "console:maria" }],
      [{ action: "create", changed_by: "console:maria" }, { action: "delete", changed_by: "console:maria" }],
      [{ action: "create", changed_by: "console:maria" }, { action: "undo", changed_by: "console:maria" }],
    ]);
    const [edit] = (await h.services.entries.history(1)).filter((c) => c.action === "edit");
    expect([edit!.before?.minutes, edit!.after?.minutes, edit!.changedAt]).toEqual([120, 90, "2026-11-24T17:00:00.000Z"]);
    expect(() => h.db.prepare("DELETE FROM hours_changes").run()).toThrow(/append-only/);
    expect(() => h.db.prepare("DELETE FROM hour_entries").run()).toThrow(/kept/);
  });

  it("GIVEN someone else's entry id THEN edit and delete say it is not found and change nothing", async () => {
    await h.run("maria", "/log-hours 2h work");
    expect((await h.run("joe", "/hours delete 1")).reply).toMatchObject({ code: "hours.entry-not-found" });
    expect((await h.run("joe", "/hours edit 1 3h")).reply).toMatchObject({ code: "hours.entry-not-found" });
    expect((await h.services.entries.get(1))).toMatchObject({ minutes: 120 });
    expect(h.db.prepare("SELECT COUNT(*) AS n FROM hours_changes").get()).toEqual({ n: 1 });
  });
});

describe("supervision confirmation and who sees what", () => {
  it("GIVEN supervision with @sam THEN only sam confirms it and maria is told", async () => {
    await h.run("maria", "/log-hours 1 supervision with @sam");
    expect((await h.run("joe", "/hours confirm 1")).reply).toMatchObject({ code: "hours.confirm-not-yours" });
    expect((await h.run("sam", "/hours pending")).reply.text).toContain("@maria: #1 2026-11-24 1h Supervision");
    const confirmed = await h.run("sam", "/hours confirm 1");
    expect(confirmed.deliveries?.[0]?.to).toEqual({ kind: "user", userKey: "console:maria" });
    expect(await h.services.entries.get(1)).toMatchObject({ confirmation: "confirmed", confirmedBy: "console:sam" });
    expect((await h.run("maria", "/hours")).reply.text).toContain("Supervision: 1h\n");
  });

  it("GIVEN a confirmed entry whose hours change THEN it goes back to pending and sam is asked again", async () => {
    await h.run("maria", "/log-hours 1 supervision with @sam");
    await h.run("sam", "/hours confirm 1");
    const edited = await h.run("maria", "/hours edit 1 2h");
    expect(await h.services.entries.get(1)).toMatchObject({ confirmation: "pending" });
    expect(edited.deliveries?.[0]?.to).toEqual({ kind: "user", userKey: "console:sam" });
    await h.run("maria", "/hours edit 1 note debrief");
    expect((await h.services.entries.get(1))?.note).toBe("debrief");
  });

  it("GIVEN partners, a supervisor and an admin THEN each sees only what they may", async () => {
    await h.run("maria", "/profile supervisor @sam");
    await h.run("maria", "/log-hours 3h work");
    await h.run("joe", "/log-hours 5h work");
    expect((await h.run("joe", "/hours @maria")).reply).toMatchObject({ code: "hours.not-allowed" });
    expect((await h.run("joe", "/hours export @maria")).reply).toMatchObject({ code: "hours.not-allowed" });
    expect((await h.run("sam", "/hours @maria")).reply.text).toContain("Work: 3h");
    expect((await h.run("sam", "/hours report")).reply).toMatchObject({ code: "hours.admin-only" });
    const report = (await h.run("dana", "/hours report", { admin: true })).reply.text;
    expect(report).toContain("@joe (no track): needs-setup; work 5h");
    expect(report).toContain("@maria (no track): needs-setup; work 3h");
  });
});

describe("/hours export", () => {
  it("GIVEN entries with a hostile note THEN the CSV has every entry in range, the note defused", async () => {
    await h.run("maria", "/log-hours 2h work 11/01 =HYPERLINK(\"x\")");
    await h.run("maria", "/log-hours 1h ceu 11/10 ethics, boundaries");
    await h.run("maria", "/log-hours 1h work 11/20");
    const { reply } = await h.run("maria", "/hours export 11/01 11/10");
    expect(reply.kind).toBe("file");
    if (reply.kind !== "file") return;
    expect(reply.content.split("\r\n")).toEqual([
      "id,date,kind,hours,minutes,supervision_format,supervisor,confirmation,confirmed_by,confirmed_at,note,logged_at",
      `1,2026-11-01,work,2.00,120,,,,,,"'=HYPERLINK(""x"")",2026-11-24T17:00:00.000Z`,
      `2,2026-11-10,ceu,1.00,60,,,,,,"ethics, boundaries",2026-11-24T17:00:00.000Z`,
      "",
    ]);
  });
});

describe("/hours periods and the CEU deadline", () => {
  it("GIVEN a certified Montana partner THEN /hours cycle shows CEU and ethics progress with days left", async () => {
    await h.run("maria", "/profile track mt-cfpss-maintenance certified 2025-03-01 supervisor @sam");
    await h.run("maria", "/log-hours 6h ceu 2026-02-27");
    await h.run("maria", "/log-hours 5h ceu 2026-03-02");
    await h.run("maria", "/log-hours 1h ethics 2026-11-20");
    await h.run("maria", "/log-hours 10h work 2026-11-01");
    const text = (await h.run("maria", "/hours cycle")).reply.text;
    expect(text).toContain("Your hours, this renewal cycle (2026-03-01 to 2027-02-28)");
    expect(text).toContain("CEU: 5h\n");
    expect(text).toContain("20 hours of CEUs yearly: 6h of 20h, 14h to go, due by 2027-02-28: in progress");
    expect(text).toContain("2027-02-28 (96 days left): 6h of 20h, ethics 1h of 2h");
    expect(text).toContain("0h supervision for 10h work (1 per 40 needs 15m): log 15m more supervision to be back in ratio");
  });

  it("GIVEN entries this week and last THEN /hours week counts only Monday to today", async () => {
    await h.run("maria", "/log-hours 2h work 2026-11-23");
    await h.run("maria", "/log-hours 3h work 2026-11-22");
    const text = (await h.run("maria", "/hours week")).reply.text;
    expect(text).toContain("this week (2026-11-23 to 2026-11-29)");
    expect(text).toContain("Work: 2h\n");
    expect((await h.run("maria", "/hours fortnight")).reply).toMatchObject({ code: "hours.unknown-subcommand" });
  });
});
