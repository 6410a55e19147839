import { afterEach, describe, expect, it } from "vitest";
import { silentLogger } from "../../../src/core/logger.js";
import type { RunSummary } from "../../../src/scheduler/reminder-runner.js";
import { type ReminderScheduler, startReminderScheduler } from "../../../src/scheduler/start-reminder-scheduler.js";
import { createSqliteReminderLedger } from "../../../src/storage/sqlite-reminder-ledger.js";
import { addChannelReminder, recordingMessenger, runnerOver, tempDatabase } from "./reminder-test-kit.js";

let database: ReturnType<typeof tempDatabase>;
let scheduler: ReminderScheduler | undefined;
afterEach(async () => {
  await scheduler?.stop();
  database?.cleanup();
});

describe("the real node-cron wiring", () => {
  it("GIVEN a reminder due 1.5 s from now and a per-second cron THEN node-cron's ticks post it exactly once", async () => {
    database = tempDatabase();
    const db = database.open();
    // The clock runs at real speed, shifted to 1.5 s before a minute boundary (reminders fire on whole minutes).
    const boundary = Math.ceil((Date.now() + 60_000) / 60_000) * 60_000;
    const shift = boundary - 1_500 - Date.now();
    const now = () => new Date(Date.now() + shift);
    const at = new Date(boundary);
    const schedule = `on ${at.toISOString().slice(0, 10)} at ${at.getUTCHours()}:${String(at.getUTCMinutes()).padStart(2, "0")} in UTC`;
    await addChannelReminder(db, schedule, "Cron-fired post", now().toISOString());

    const messenger = recordingMessenger();
    const passes: RunSummary[] = [];
    let wake: () => void = () => {};
    scheduler = startReminderScheduler({
      runner: runnerOver({ db, messenger, now }),
      logger: silentLogger,
      expression: "* * * * * *", // node-cron's six-field form: every second
      onPass: (summary) => {
        passes.push(summary);
        wake();
      },
    });
    expect(await scheduler.caughtUp).toMatchObject({ posted: 0 });
    // Wait for the post and two node-cron passes after it (about three seconds), not for a fixed time.
    await new Promise<void>((resolve) => {
      wake = () => {
        const postedAt = passes.findIndex((p) => p.posted > 0);
        if (postedAt >= 0 && passes.length >= postedAt + 3) resolve();
      };
    });
    expect(messenger.delivered.map((d) => d.reply.text)).toEqual(["Cron-fired post"]);
    expect(passes.reduce((n, s) => n + s.posted, 0)).toBe(1);
    expect(await createSqliteReminderLedger(db).entries("channel:1")).toMatchObject([{ status: "posted", late: false, attempts: 1 }]);
  });
});
