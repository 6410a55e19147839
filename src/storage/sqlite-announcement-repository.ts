import type Database from "better-sqlite3";
import type { Announcement, AnnouncementRepository } from "../core/announcements/announcement.js";

interface Row {
  id: number;
  channel_keys: string;
  created_by: string;
  created_at: string;
}

const toAnnouncement = (row: Row): Announcement => ({
  id: row.id,
  channelKeys: JSON.parse(row.channel_keys) as string[],
  createdBy: row.created_by,
  createdAt: new Date(row.created_at),
});

/** Announcements in SQLite: who sent one where and when; a redelivery finds the row its delivery id made. */
export function createSqliteAnnouncementRepository(db: Database.Database): AnnouncementRepository {
  const insert = db.prepare("INSERT INTO announcements (channel_keys, created_by, created_at, delivery_id) VALUES (?, ?, ?, ?) RETURNING *");
  const byDelivery = db.prepare("SELECT * FROM announcements WHERE delivery_id = ?");
  const record = db.transaction((a: Parameters<AnnouncementRepository["record"]>[0]) => {
    const existing = a.deliveryId ? (byDelivery.get(a.deliveryId) as Row | undefined) : undefined;
    if (existing) return { announcement: toAnnouncement(existing), created: false };
    const row = insert.get(JSON.stringify(a.channelKeys), a.createdBy, a.createdAt.toISOString(), a.deliveryId ?? null) as Row;
    return { announcement: toAnnouncement(row), created: true };
  });
  return {
    async record(announcement) {
      return record.immediate(announcement);
    },
  };
}
