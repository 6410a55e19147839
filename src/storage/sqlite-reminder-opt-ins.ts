import type Database from "better-sqlite3";
import type { ReminderOptIns } from "../core/reminders/partner-status.js";

/** The weekly "log your hours" opt-ins. */
export function createSqliteReminderOptIns(db: Database.Database): ReminderOptIns {
  const enable = db.prepare("INSERT INTO reminder_opt_ins (user_key, kind, created_at) VALUES (?, 'weekly-log', ?) ON CONFLICT DO NOTHING");
  const disable = db.prepare("DELETE FROM reminder_opt_ins WHERE user_key = ? AND kind = 'weekly-log'");
  const one = db.prepare("SELECT 1 FROM reminder_opt_ins WHERE user_key = ? AND kind = 'weekly-log'");
  const all = db.prepare("SELECT user_key FROM reminder_opt_ins WHERE kind = 'weekly-log' ORDER BY user_key");
  return {
    async set(userKey, enabled, at) {
      if (enabled) enable.run(userKey, at.toISOString());
      else disable.run(userKey);
    },
    async isEnabled(userKey) {
      return one.get(userKey) !== undefined;
    },
    async enabledUsers() {
      return (all.all() as { user_key: string }[]).map((r) => r.user_key);
    },
  };
}
