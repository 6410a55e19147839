import type pg from "pg";
import type { ChannelReminder, ChannelReminderRepository } from "../../core/reminders/channel-reminder.js";
import { parseSchedule } from "../../core/reminders/parse-schedule.js";

interface Row {
  id: number;
  channel_key: string;
  schedule: string;
  time_zone: string;
  message: string;
  created_by: string;
  created_at: Date;
}

const toReminder = (row: Row): ChannelReminder => ({
  id: row.id,
  channelKey: row.channel_key,
  schedule: parseSchedule(row.schedule, row.time_zone),
  message: row.message,
  createdBy: row.created_by,
  createdAt: row.created_at,
});

/** Channel reminders in PostgreSQL. A redelivered `/reminders add` (on any replica) meets the UNIQUE delivery id. */
export function createPostgresChannelReminderRepository(pool: pg.Pool): ChannelReminderRepository {
  return {
    async add(reminder) {
      // ON CONFLICT waits for a concurrent insert of the same delivery id and then does nothing; a redelivery uses up
      // an identity value, which is harmless (ids only need to be unique and never reused).
      const inserted = await pool.query<Row>(
        `INSERT INTO channel_reminders (channel_key, schedule, time_zone, message, created_by, created_at, delivery_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (delivery_id) DO NOTHING RETURNING *`,
        [reminder.channelKey, reminder.schedule.source, reminder.schedule.zone, reminder.message, reminder.createdBy, reminder.createdAt.toISOString(), reminder.deliveryId ?? null],
      );
      if (inserted.rows[0]) return { reminder: toReminder(inserted.rows[0]), created: true };
      const existing = await pool.query<Row>("SELECT * FROM channel_reminders WHERE delivery_id = $1", [reminder.deliveryId]);
      return { reminder: toReminder(existing.rows[0]!), created: false };
    },
    async list() {
      return (await pool.query<Row>("SELECT * FROM channel_reminders ORDER BY id")).rows.map(toReminder);
    },
    async remove(id) {
      const removed = await pool.query<Row>("DELETE FROM channel_reminders WHERE id = $1 RETURNING *", [id]);
      return removed.rows[0] && toReminder(removed.rows[0]);
    },
  };
}
