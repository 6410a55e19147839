import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type Database from "better-sqlite3";
import type { Delivery } from "../../../src/core/commands/command-outcome.js";
import { silentLogger } from "../../../src/core/logger.js";
import type { Messenger } from "../../../src/core/messenger.js";
import { parseSchedule } from "../../../src/core/reminders/parse-schedule.js";
import type { PartnerStatusSource } from "../../../src/core/reminders/partner-status.js";
import { createReminderPlanner } from "../../../src/core/reminders/reminder-planner.js";
import { createReminderRunner, INTERRUPTED_CLAIM_MS } from "../../../src/scheduler/reminder-runner.js";
import { openDatabase } from "../../../src/storage/open-database.js";
import { createSqliteChannelReminderRepository } from "../../../src/storage/sqlite-channel-reminder-repository.js";
import { createSqliteReminderLedger } from "../../../src/storage/sqlite-reminder-ledger.js";
import { createSqliteReminderOptIns } from "../../../src/storage/sqlite-reminder-opt-ins.js";

/** A real SQLite file in a fresh directory; `open()` again is a restart (a new connection, nothing in memory). */
export function tempDatabase() {
  const dir = mkdtempSync(join(tmpdir(), "porchlight-reminders-"));
  const path = join(dir, "porchlight.db");
  const opened: Database.Database[] = [];
  return {
    path,
    open: () => {
      const db = openDatabase(path, { synchronous: "NORMAL" });
      opened.push(db);
      return db;
    },
    cleanup: () => {
      for (const db of opened) if (db.open) db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A Messenger that records what it was asked to deliver; `failures` makes the next N calls reject. */
export function recordingMessenger() {
  const delivered: Delivery[] = [];
  let failures: unknown[] = [];
  const messenger: Messenger & { delivered: Delivery[]; failNext(...errors: unknown[]): void } = {
    delivered,
    failNext: (...errors) => {
      failures = errors;
    },
    async deliver(delivery) {
      const failure = failures.shift();
      if (failure) throw failure;
      delivered.push(delivery);
    },
  };
  return messenger;
}

export function settableClock(iso: string) {
  let current = new Date(iso);
  return { now: () => new Date(current), set: (next: string) => (current = new Date(next)) };
}

export interface RunnerOptions {
  db: Database.Database;
  messenger: Messenger;
  now: () => Date;
  graceHours?: number;
  admins?: string[];
  partners?: PartnerStatusSource;
  sleeps?: number[];
  /** The replica's claim name; each runner is its own replica unless told otherwise. */
  claimant?: string;
}

/** A runner over the real SQLite stores; sleeps are recorded, not waited. */
export function runnerOver(options: RunnerOptions) {
  const { db } = options;
  const planner = createReminderPlanner({
    reminders: createSqliteChannelReminderRepository(db),
    optIns: createSqliteReminderOptIns(db),
    ...(options.partners ? { partners: options.partners } : {}),
    networkZone: "America/New_York",
  });
  return createReminderRunner({
    planner,
    ledger: createSqliteReminderLedger(db),
    messenger: options.messenger,
    admins: options.admins ?? ["console:admin"],
    graceMs: (options.graceHours ?? 6) * 3_600_000,
    retry: { attempts: 4, baseDelayMs: 1_000, maxDelayMs: 60_000, sleep: async (ms) => void options.sleeps?.push(ms) },
    now: options.now,
    logger: silentLogger,
    claimant: options.claimant ?? "scheduler:test",
    abandonedClaimAfterMs: INTERRUPTED_CLAIM_MS,
  });
}

export async function addChannelReminder(db: Database.Database, schedule: string, message: string, createdAt: string) {
  const { reminder } = await createSqliteChannelReminderRepository(db).add({
    channelKey: "console:#network",
    schedule: parseSchedule(schedule, "America/New_York"),
    message,
    createdBy: "console:admin",
    createdAt: new Date(createdAt),
  });
  return reminder;
}
