import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildHomeView } from "../../../src/core/home/build-home-view.js";
import type { MessageReply } from "../../../src/core/reply.js";
import { createHoursHarness, FIXED_NOW, removeHarnessFile, type HoursHarness } from "../hours/hours-harness.js";

let h: HoursHarness;
beforeEach(() => {
  h = createHoursHarness();
});
afterEach(() => removeHarnessFile(h));

const section = (view: MessageReply, title: string) => view.sections?.find((s) => s.title.startsWith(title));

describe("the home view (Slack Home tab, /hours)", () => {
  it("GIVEN a Montana candidate with hours THEN bars per requirement, the ratio, last entries with Edit/Delete and the three buttons", async () => {
    await h.run("maria", "/profile track mt-candidate supervisor @sam");
    await h.run("maria", "/log-hours 20h work 2026-11-20");
    await h.run("maria", "/log-hours 2h supervision 2026-11-21");
    const view = await buildHomeView(h.services, { userKey: "console:maria", isAdmin: false }, FIXED_NOW);
    const track = view.sections![0]!;
    expect(track.lines.every((l) => /[▰▱]{10}/.test(l) || l.includes("certification date"))).toBe(true);
    expect(view.text).toMatch(/▰▱{9} 22 of [\d,]+ h|▱{10} \d+ of/);
    expect(section(view, "Supervision ratio")!.lines[0]).toMatch(/^Now 1 h supervision per 10 h work; required at least 1 per \d+ h/);
    const last = section(view, "Last entries")!;
    expect(last.lines[0]).toMatch(/^#2 2026-11-21 2h Supervision/);
    expect(last.actions?.map((a) => a.command)).toEqual(["/hours edit 2", "/hours delete 2", "/hours edit 1", "/hours delete 1"]);
    expect(view.actions?.map((a) => a.command)).toEqual(["/log-hours", "/profile", "/hours export"]);
    expect(section(view, "Waiting for your confirmation")).toBeUndefined();
    expect(section(view, "Network compliance")).toBeUndefined();
  });

  it("GIVEN a supervisor with two pending entries THEN Confirm buttons and Confirm all, which confirms both and tells each partner", async () => {
    await h.run("maria", "/log-hours 1h supervision with @sam");
    await h.run("lee", "/log-hours 2h supervision with @sam");
    const view = await buildHomeView(h.services, { userKey: "console:sam", isAdmin: false }, FIXED_NOW);
    const pending = section(view, "Waiting for your confirmation (2)")!;
    expect(pending.actions?.map((a) => a.command)).toEqual(["/hours confirm 1", "/hours confirm 2", "/hours confirm all"]);
    const all = await h.run("sam", "/hours confirm all");
    expect(all.reply.text).toContain("Confirmed 2 supervision entries");
    expect(all.deliveries?.map((d) => d.to)).toEqual([
      { kind: "user", userKey: "console:maria" },
      { kind: "user", userKey: "console:lee" },
    ]);
    expect(await h.services.entries.pendingFor("console:sam")).toEqual([]);
    const after = await buildHomeView(h.services, { userKey: "console:sam", isAdmin: false }, FIXED_NOW);
    expect(section(after, "Waiting for your confirmation")).toBeUndefined();
    expect((await h.run("sam", "/hours confirm all")).reply.text).toContain("No supervision is waiting");
  });

  it("GIVEN an admin THEN the network's compliance counts, the partners behind named", async () => {
    await h.run("maria", "/profile track mt-candidate supervisor @sam");
    await h.run("maria", "/log-hours 20h work 2026-11-20");
    await h.run("lee", "/log-hours 2h work");
    const view = await buildHomeView(h.services, { userKey: "console:dana", isAdmin: true }, FIXED_NOW);
    const compliance = section(view, "Network compliance (2 partners)")!;
    expect(compliance.lines[0]).toBe("1 behind on supervision, 1 need a track or certification date");
    expect(compliance.lines[1]).toBe("Behind: console:maria");
  });

  it("GIVEN /hours with nothing after it THEN the same home view; /hours all is the period summary", async () => {
    await h.run("maria", "/log-hours 2h work");
    const home = await h.run("maria", "/hours");
    expect(home.reply.kind === "message" && home.reply.title).toBe("Your hours and progress");
    expect((await h.run("maria", "/hours all")).reply.text).toMatch(/^Your hours, all time/);
  });
});

describe("forms run through the same parser", () => {
  it("GIVEN /log-hours, /profile and /hours edit <id> with nothing more THEN forms; their submitted lines store and edit", async () => {
    expect((await h.run("maria", "/log-hours")).reply).toMatchObject({ kind: "form", form: { id: "log-hours" } });
    await h.run("maria", "/log-hours 90m work");
    const edit = (await h.run("maria", "/hours edit 1")).reply;
    expect(edit).toMatchObject({ kind: "form", form: { id: "edit-entry", command: "/hours edit 1" } });
    expect((await h.run("maria", "/hours edit 1 1h30m work 2026-11-24 note home visit")).reply.text).toContain("now #1 2026-11-24 1h 30m Work: home visit");
    const profile = (await h.run("maria", "/profile")).reply;
    expect(profile.kind === "form" && profile.form.fields.map((f) => f.name)).toEqual(["state", "track", "certified", "supervisor"]);
    expect(profile.text).toContain("Credential track: not set");
  });
});
