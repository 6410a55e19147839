import { afterEach, describe, expect, it } from "vitest";
import { soleLeadership } from "../../../src/core/reminders/scheduler-leadership.js";
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
      leadership: soleLeadership("scheduler:test"),
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

// Issue 8, reproduction 8: node-cron printed coloured, non-JSON warnings to stderr.
describe("node-cron's own warnings", () => {
  it("GIVEN the event loop blocked past a per-second tick THEN node-cron's 'missed execution' goes through our logger, not the console", async () => {
    database = tempDatabase();
    const db = database.open();
    const logged: { event: string; fields?: Record<string, unknown> }[] = [];
    const warned: unknown[] = [];
    const consoleWarn = console.warn;
    console.warn = (...args: unknown[]) => void warned.push(args);
    try {
      const record = (event: string, fields?: Record<string, unknown>) => void logged.push({ event, ...(fields ? { fields } : {}) });
      scheduler = startReminderScheduler({
        runner: runnerOver({ db, messenger: recordingMessenger(), now: () => new Date() }),
        logger: { debug: record, info: record, warn: record, error: record },
        expression: "* * * * * *",
      });
      await scheduler.caughtUp;
      await new Promise((resolve) => setTimeout(resolve, 1_100));
      const until = Date.now() + 3_000;
      while (Date.now() < until); // hold the event loop, as a runaway command once did
      await new Promise<void>((resolve) => {
        const check = setInterval(() => {
          if (logged.some((l) => l.event === "node-cron")) resolve(void clearInterval(check));
        }, 50);
      });
    } finally {
      console.warn = consoleWarn;
    }
    expect(logged.find((l) => l.event === "node-cron")?.fields?.detail).toMatch(/missed execution/);
    expect(warned).toEqual([]);
  });
});
