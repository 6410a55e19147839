import type Database from "better-sqlite3";
import { openDatabase, type DatabaseOptions } from "./open-database.js";
import { createSqliteAnnouncementRepository } from "./sqlite-announcement-repository.js";
import { createSqliteChannelReminderRepository } from "./sqlite-channel-reminder-repository.js";
import { createSqliteMeetingRepository } from "./sqlite-meeting-repository.js";
import { createSqliteRsvpRepository } from "./sqlite-rsvp-repository.js";
import { createSqliteKnowledgeFeedbackRepository } from "./sqlite-knowledge-feedback-repository.js";
import { createSqliteHoursRepository } from "./sqlite-hours-repository.js";
import { createSqliteProfileRepository } from "./sqlite-profile-repository.js";
import { createSqliteReminderLedger } from "./sqlite-reminder-ledger.js";
import { createSqliteReminderOptIns } from "./sqlite-reminder-opt-ins.js";
import { createSqliteWelcomedUsers } from "./sqlite-welcomed-users.js";
import type { Stores } from "./stores.js";
import { soleLeadership } from "../core/reminders/scheduler-leadership.js";
import { newReplicaId } from "./replica-id.js";

/** Opens (and migrates) one SQLite file and serves every repository port from it; `db` is there for tests and benches. */
export function openSqliteStores(path: string, options: DatabaseOptions = {}): Stores & { db: Database.Database } {
  const db = openDatabase(path, options);
  return {
    db,
    entries: createSqliteHoursRepository(db),
    profiles: createSqliteProfileRepository(db),
    reminders: createSqliteChannelReminderRepository(db),
    optIns: createSqliteReminderOptIns(db),
    ledger: createSqliteReminderLedger(db),
    announcements: createSqliteAnnouncementRepository(db),
    meetings: createSqliteMeetingRepository(db),
    rsvps: createSqliteRsvpRepository(db),
    feedback: createSqliteKnowledgeFeedbackRepository(db),
    welcomed: createSqliteWelcomedUsers(db),
    leadership: soleLeadership(newReplicaId()),
    close: () => {
      if (db.open) db.close();
    },
  };
}
