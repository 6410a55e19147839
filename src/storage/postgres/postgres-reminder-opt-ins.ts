import type pg from "pg";
import type { ReminderOptIns } from "../../core/reminders/partner-status.js";

/** The weekly "log your hours" opt-ins in PostgreSQL. */
export function createPostgresReminderOptIns(pool: pg.Pool): ReminderOptIns {
  return {
    async set(userKey, enabled, at) {
      if (enabled) await pool.query("INSERT INTO reminder_opt_ins (user_key, kind, created_at) VALUES ($1, 'weekly-log', $2) ON CONFLICT DO NOTHING", [userKey, at.toISOString()]);
      else await pool.query("DELETE FROM reminder_opt_ins WHERE user_key = $1 AND kind = 'weekly-log'", [userKey]);
    },
    async isEnabled(userKey) {
      return (await pool.query("SELECT 1 FROM reminder_opt_ins WHERE user_key = $1 AND kind = 'weekly-log'", [userKey])).rows.length > 0;
    },
    async enabledUsers() {
      const result = await pool.query<{ user_key: string }>(`SELECT user_key FROM reminder_opt_ins WHERE kind = 'weekly-log' ORDER BY user_key COLLATE "C"`);
      return result.rows.map((r) => r.user_key);
    },
  };
}
