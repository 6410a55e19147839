import type Database from "better-sqlite3";
import type { ChannelReminder, ChannelReminderRepository } from "../core/reminders/channel-reminder.js";
import { parseSchedule } from "../core/reminders/parse-schedule.js";

interface Row {
  id: number;
  channel_key: string;
  schedule: string;
  time_zone: string;
  message: string;
  created_by: string;
  created_at: string;
}

/** Channel reminders in SQLite. The schedule is stored as the admin wrote it and parsed again on load. */
export function createSqliteChannelReminderRepository(db: Database.Database): ChannelReminderRepository {
  const insert = db.prepare(
    `INSERT INTO channel_reminders (channel_key, schedule, time_zone, message, created_by, created_at, delivery_id)
     VALUES (@channelKey, @schedule, @zone, @message, @createdBy, @createdAt, @deliveryId)`,
  );
  const byDelivery = db.prepare("SELECT * FROM channel_reminders WHERE delivery_id = ?");
  const byId = db.prepare("SELECT * FROM channel_reminders WHERE id = ?");
  const all = db.prepare("SELECT * FROM channel_reminders ORDER BY id");
  const remove = db.prepare("DELETE FROM channel_reminders WHERE id = ?");

  const toReminder = (row: Row): ChannelReminder => ({
    id: row.id,
    channelKey: row.channel_key,
    schedule: parseSchedule(row.schedule, row.time_zone),
    message: row.message,
    createdBy: row.created_by,
    createdAt: new Date(row.created_at),
  });

  return {
    async add(reminder) {
      // Look first (rather than ON CONFLICT) so a redelivery does not use up an id number.
      const add = db.transaction(() => {
        const existing = reminder.deliveryId ? (byDelivery.get(reminder.deliveryId) as Row | undefined) : undefined;
        if (existing) return { reminder: toReminder(existing), created: false };
        const result = insert.run({
          channelKey: reminder.channelKey,
          schedule: reminder.schedule.source,
          zone: reminder.schedule.zone,
          message: reminder.message,
          createdBy: reminder.createdBy,
          createdAt: reminder.createdAt.toISOString(),
          deliveryId: reminder.deliveryId ?? null,
        });
        return { reminder: toReminder(byId.get(result.lastInsertRowid) as Row), created: true };
      });
      return add.immediate();
    },
    async list() {
      return (all.all() as Row[]).map(toReminder);
    },
    async remove(id) {
      return db.transaction(() => {
        const row = byId.get(id) as Row | undefined;
        if (row) remove.run(id);
        return row && toReminder(row);
      })();
    },
  };
}
