import { afterEach, describe, expect, it } from "vitest";
import { actorOf, type Platform } from "../../../src/core/commands/actor.js";
import { createCommandDispatcher } from "../../../src/core/commands/command-dispatcher.js";
import { createRemindersCommand } from "../../../src/core/commands/reminders-command.js";
import { silentLogger } from "../../../src/core/logger.js";
import { createReminderPlanner } from "../../../src/core/reminders/reminder-planner.js";
import { createSqliteChannelReminderRepository } from "../../../src/storage/sqlite-channel-reminder-repository.js";
import { createSqliteReminderOptIns } from "../../../src/storage/sqlite-reminder-opt-ins.js";
import { tempDatabase } from "./reminder-test-kit.js";
import { inPlatformSyntax } from "../../support/platform-syntax.js";

let database: ReturnType<typeof tempDatabase>;
afterEach(() => database?.cleanup());

function setup() {
  database = tempDatabase();
  const db = database.open();
  const reminders = createSqliteChannelReminderRepository(db);
  const optIns = createSqliteReminderOptIns(db);
  const planner = createReminderPlanner({ reminders, optIns, networkZone: "America/New_York" });
  const dispatcher = createCommandDispatcher([createRemindersCommand({ reminders, optIns, planner, networkZone: "America/New_York" })], silentLogger);
  const say = (line: string, options: { admin?: boolean; platform?: Platform; deliveryId?: string } = {}) =>
    inPlatformSyntax(options.platform ?? "console", line, (read) => dispatcher.dispatchLine(read, {
      actor: actorOf(options.platform ?? "console", options.admin === false ? "pat" : "ada"),
      isAdmin: options.admin ?? true,
      now: new Date("2026-11-25T12:00:00Z"),
      ...(options.deliveryId ? { deliveryId: options.deliveryId } : {}),
    }));
  return { say, reminders };
}

describe("/reminders over real SQLite", () => {
  it("GIVEN an admin adds the quarterly meeting THEN it is stored and the reply shows the next three in local time", async () => {
    const { say, reminders } = setup();
    const { reply } = await say("/reminders add #network quarterly on the 2nd Tuesday of January, April, July and October at 10:00 Quarterly family partner meeting, link in the channel topic");
    expect(reply.kind).toBe("message");
    expect(reply.text).toContain("Added reminder #1 for #network: quarterly on the 2nd Tuesday of January, April, July and October at 10:00 in America/New_York.");
    expect(reply.text).toContain("• Tue 12 Jan 2027 10:00 EST\n• Tue 13 Apr 2027 10:00 EDT\n• Tue 13 Jul 2027 10:00 EDT");
    const [stored] = await reminders.list();
    expect(stored).toMatchObject({ id: 1, channelKey: "console:#network", message: "Quarterly family partner meeting, link in the channel topic", createdBy: "console:ada" });
  });

  it("GIVEN Slack and Discord mentions THEN keys carry the platform; a redelivered add makes no second reminder", async () => {
    const { say, reminders } = setup();
    await say("/reminders add <#C024BE7LR|network> every Monday at 9:00 Check-in", { platform: "slack", deliveryId: "trigger-1" });
    const again = await say("/reminders add <#C024BE7LR|network> every Monday at 9:00 Check-in", { platform: "slack", deliveryId: "trigger-1" });
    expect(again.reply.text).toContain("Already added reminder #1");
    await say("/reminders add <#80351110224678912> monthly on the 1st at 9:00 in America/Denver Log last month", { platform: "discord" });
    expect((await reminders.list()).map((r) => [r.id, r.channelKey])).toEqual([
      [1, "slack:C024BE7LR"],
      [2, "discord:80351110224678912"],
    ]);
  });

  it("GIVEN a partner who is not an admin THEN add and remove are refused, list and preview work, nothing changes", async () => {
    const { say, reminders } = setup();
    await say("/reminders add #network every Monday at 9:00 Check-in");
    const add = await say("/reminders add #network every Friday at 9:00 Mine", { admin: false });
    expect(add.reply).toMatchObject({ kind: "error", code: "reminders.admin-only" });
    expect((await say("/reminders remove 1", { admin: false })).reply).toMatchObject({ kind: "error", code: "reminders.admin-only" });
    expect((await reminders.list()).map((r) => r.id)).toEqual([1]);
    const list = await say("/reminders list", { admin: false });
    expect(list.reply.text).toContain("#1 #network: every Monday at 9:00 in America/New_York (next: Mon 30 Nov 2026 09:00 EST): Check-in");
    const preview = await say("/reminders preview 2026-11-25 2026-12-14", { admin: false });
    expect(preview.reply.text).toMatch(/^3 channel post\(s\)/);
    expect(preview.reply.text).toContain("Mon 7 Dec 2026 09:00 EST (2026-12-07 14:00 UTC) channel:1 -> #network: Check-in");
  });

  it("GIVEN bad input THEN a specific error with an example, and nothing is stored", async () => {
    const { say, reminders } = setup();
    const cases: [string, string, RegExp][] = [
      ["/reminders add network every Monday at 9:00 Hi", "reminders.bad-channel", /e\.g\. \/reminders add #network/],
      ["/reminders add #network every Monday Hi", "reminders.bad-schedule", /could not find the schedule's time/],
      ["/reminders add #network every Monday at 9:00", "reminders.no-message", /needs a message/],
      ["/reminders add #network on 2020-01-01 at 9:00 Old news", "reminders.never-fires", /never happens after now/],
      ["/reminders add #network every Monday at 9:00 in Mars/Base Hi", "reminders.bad-zone", /America\/Denver/],
      ["/reminders remove seven", "reminders.remove-usage", /\/reminders remove 3/],
      ["/reminders remove 7", "reminders.not-found", /no reminder #7/],
      ["/reminders preview 2027-13-01", "reminders.bad-date", /YYYY-MM-DD/],
      ["/reminders snooze", "reminders.unknown-subcommand", /\/reminders list/],
    ];
    for (const [line, code, message] of cases) {
      const { reply } = await say(line);
      expect(reply, line).toMatchObject({ kind: "error", code });
      expect(reply.text, line).toMatch(message);
    }
    expect(await reminders.list()).toEqual([]);
  });

  it("GIVEN an admin removes a reminder THEN it is gone from list and preview", async () => {
    const { say } = setup();
    await say("/reminders add #network every Monday at 9:00 Check-in");
    expect((await say("/reminders remove 1")).reply.text).toContain("Removed reminder #1 for #network");
    expect((await say("/reminders preview")).reply.text).toMatch(/^0 channel post\(s\)/);
  });

  it("GIVEN /reminders weekly on THEN the asker is opted in, and list says so", async () => {
    const { say } = setup();
    expect((await say("/reminders weekly on", { admin: false })).reply.text).toContain("every Friday at 15:00");
    expect((await say("/reminders list", { admin: false })).reply.text).toContain('"log your hours" nudge is on');
    await say("/reminders weekly off", { admin: false });
    expect((await say("/reminders list", { admin: false })).reply.text).toContain('"log your hours" nudge is off');
  });
});
