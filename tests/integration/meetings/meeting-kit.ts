import type Database from "better-sqlite3";
import { createIcalMeetingCalendar } from "../../../src/calendar/ical-meeting-calendar.js";
import { createCommandDispatcher } from "../../../src/core/commands/command-dispatcher.js";
import { createMeetingCommand } from "../../../src/core/commands/meeting-command.js";
import { silentLogger, type Logger } from "../../../src/core/logger.js";
import { createMeetingPostSource } from "../../../src/core/meetings/meeting-posts.js";
import type { Messenger } from "../../../src/core/messenger.js";
import { createReminderPlanner } from "../../../src/core/reminders/reminder-planner.js";
import { createReminderRunner } from "../../../src/scheduler/reminder-runner.js";
import { createSqliteChannelReminderRepository } from "../../../src/storage/sqlite-channel-reminder-repository.js";
import { createSqliteMeetingRepository } from "../../../src/storage/sqlite-meeting-repository.js";
import { createSqliteReminderLedger } from "../../../src/storage/sqlite-reminder-ledger.js";
import { createSqliteReminderOptIns } from "../../../src/storage/sqlite-reminder-opt-ins.js";
import { createSqliteRsvpRepository } from "../../../src/storage/sqlite-rsvp-repository.js";

export const CHANNEL_NAMES = { network: ["slack:C024BE7LR", "discord:300000000000000002"] };
export const ADMIN_KEYS = ["slack:UADMIN", "console:dana"];

/**
 * Everything main.ts wires for meetings, over one SQLite connection: the /meeting command in a dispatcher, and the
 * reminder runner with the meetings as a post source. A second kit on the same file is a restart.
 */
export function meetingKit(db: Database.Database, messenger: Messenger, now: () => Date, logger: Logger = silentLogger) {
  const meetings = createSqliteMeetingRepository(db);
  const rsvps = createSqliteRsvpRepository(db);
  const dispatcher = createCommandDispatcher(
    [
      createMeetingCommand({
        meetings,
        rsvps,
        calendar: createIcalMeetingCalendar({ durationMinutes: 60, prodId: "-//Porchlight//Test//EN" }),
        channelNames: CHANNEL_NAMES,
        networkZone: "America/New_York",
      }),
    ],
    logger,
  );
  const planner = createReminderPlanner({
    reminders: createSqliteChannelReminderRepository(db),
    optIns: createSqliteReminderOptIns(db),
    networkZone: "America/New_York",
    sources: [createMeetingPostSource({ meetings, rsvps, postLeadMs: 7 * 86_400_000, reminderLeadsMs: [86_400_000, 3_600_000] })],
  });
  const runner = createReminderRunner({
    planner,
    ledger: createSqliteReminderLedger(db),
    messenger,
    admins: ["slack:UADMIN"],
    graceMs: 6 * 3_600_000,
    retry: { attempts: 2, baseDelayMs: 1, maxDelayMs: 1, sleep: async () => undefined },
    now,
    logger,
  });
  return { dispatcher, runner, meetings, rsvps };
}
