import { afterEach, describe, expect, it } from "vitest";
import { actorOf } from "../../../src/core/commands/actor.js";
import { createCommandDispatcher } from "../../../src/core/commands/command-dispatcher.js";
import { createRemindersCommand } from "../../../src/core/commands/reminders-command.js";
import { silentLogger } from "../../../src/core/logger.js";
import { occurrencesFrom } from "../../../src/core/reminders/occurrences.js";
import { parseSchedule } from "../../../src/core/reminders/parse-schedule.js";
import { createReminderPlanner } from "../../../src/core/reminders/reminder-planner.js";
import { createSqliteChannelReminderRepository } from "../../../src/storage/sqlite-channel-reminder-repository.js";
import { createSqliteReminderOptIns } from "../../../src/storage/sqlite-reminder-opt-ins.js";
import { tempDatabase } from "./reminder-test-kit.js";
import { inPlatformSyntax } from "../../support/platform-syntax.js";

// Issue 8, reproductions 1 and 2: a preview or a list must never enumerate an unbounded range.
let database: ReturnType<typeof tempDatabase>;
afterEach(() => database?.cleanup());

function setup() {
  database = tempDatabase();
  const db = database.open();
  const reminders = createSqliteChannelReminderRepository(db);
  const optIns = createSqliteReminderOptIns(db);
  const planner = createReminderPlanner({ reminders, optIns, networkZone: "America/New_York" });
  const dispatcher = createCommandDispatcher([createRemindersCommand({ reminders, optIns, planner, networkZone: "America/New_York" })], silentLogger);
  const say = (line: string, admin = true) =>
    inPlatformSyntax("console", line, (read) => dispatcher.dispatchLine(read, { actor: actorOf("console", admin ? "ada" : "pat"), isAdmin: admin, now: new Date("2026-11-25T12:00:00Z") }));
  return { say };
}

describe("reminder ranges are bounded and computed lazily", () => {
  it("GIVEN a daily reminder WHEN a partner previews 0001-01-01 to 9999-12-31 THEN a specific refusal naming the 2000 floor, not a 45 s freeze", async () => {
    const { say } = setup();
    await say("/reminders add #network every day at 9:00 Daily check-in");
    const { reply } = await say("/reminders preview 0001-01-01 9999-12-31", false);
    expect(reply).toMatchObject({ kind: "error", code: "reminders.bad-date" });
    expect(reply.text).toContain("0001-01-01 is before 2000");
  });

  it("GIVEN a window longer than three years THEN refused with the limit in words", async () => {
    const { say } = setup();
    const { reply } = await say("/reminders preview 2027-01-01 9999-12-31", false);
    expect(reply).toMatchObject({ kind: "error", code: "reminders.window-too-long" });
    expect(reply.text).toContain("at most 3 years");
    const justInside = await say("/reminders preview 2027-01-01 2029-12-31", false);
    expect(justInside.reply.kind).toBe("message");
  });

  it("GIVEN year 0001 in a one-off reminder THEN refused, never silently turned into 1901", async () => {
    const { say } = setup();
    const { reply } = await say("/reminders add #network on 0001-06-01 at 9:00 Ancient");
    expect(reply).toMatchObject({ kind: "error", code: "reminders.bad-schedule" });
    expect(reply.text).toContain("before 2000");
    expect(reply.text).not.toContain("1901");
  });

  it("GIVEN an every-minute cron WHEN previewing three years THEN the first 40 posts and 'more than' the counting cap", async () => {
    const { say } = setup();
    await say('/reminders add #network cron "* * * * *" Tick');
    const { reply } = await say("/reminders preview 2027-01-01 2029-12-31", false);
    expect(reply.text).toMatch(/^More than 10,000 channel post\(s\) from 2027-01-01 to 2029-12-31/);
    expect(reply.text).toContain("Fri 1 Jan 2027 00:39 EST");
    expect(reply.text).toContain("... and more than 9,960 more");
    expect(reply.text.split("\n").filter((l) => l.includes("-> #network: Tick"))).toHaveLength(40);
  });

  it("GIVEN a few posts WHEN previewing THEN the exact count of the rest", async () => {
    const { say } = setup();
    await say("/reminders add #network every day at 9:00 Daily");
    const { reply } = await say("/reminders preview 2027-01-01 2027-03-31", false);
    expect(reply.text).toMatch(/^90 channel post\(s\)/);
    expect(reply.text).toContain("... and 50 more");
  });

  it("GIVEN per-minute and every-five-minute cron reminders WHEN listing THEN each shows its next post", async () => {
    const { say } = setup();
    await say('/reminders add #network cron "* * * * *" Tick');
    await say('/reminders add #network cron "*/5 * * * *" Tock');
    const { reply } = await say("/reminders list", false);
    expect(reply.text).toContain('#1 #network: cron "* * * * *" in America/New_York (next: Wed 25 Nov 2026 07:00 EST): Tick');
    expect(reply.text).toContain('(next: Wed 25 Nov 2026 07:00 EST): Tock');
  });

  it("GIVEN an every-minute cron over a thousand years THEN the first occurrence comes without computing the rest", () => {
    const schedule = parseSchedule('cron "* * * * *"', "America/Denver");
    const lazy = occurrencesFrom(schedule, new Date("2027-03-14T08:58:30Z"), new Date("3027-01-01T00:00:00Z"));
    const firstThree = [lazy.next().value, lazy.next().value, lazy.next().value].map((d) => d?.toISOString());
    // 2027-03-14 is the spring-forward day in Denver: 01:59 MST is followed by 03:00 MDT, one minute later.
    expect(firstThree).toEqual(["2027-03-14T08:59:00.000Z", "2027-03-14T09:00:00.000Z", "2027-03-14T09:01:00.000Z"]);
  });
});
