import type pg from "pg";
import type { Announcement, AnnouncementRepository } from "../../core/announcements/announcement.js";

interface Row {
  id: number;
  channel_keys: string[];
  created_by: string;
  created_at: Date;
}

const toAnnouncement = (row: Row): Announcement => ({ id: row.id, channelKeys: row.channel_keys, createdBy: row.created_by, createdAt: row.created_at });

/** Announcements in PostgreSQL; a redelivery (on any replica) finds the row its delivery id made. */
export function createPostgresAnnouncementRepository(pool: pg.Pool): AnnouncementRepository {
  return {
    async record(a) {
      const inserted = await pool.query<Row>(
        "INSERT INTO announcements (channel_keys, created_by, created_at, delivery_id) VALUES ($1, $2, $3, $4) ON CONFLICT (delivery_id) DO NOTHING RETURNING *",
        [JSON.stringify(a.channelKeys), a.createdBy, a.createdAt.toISOString(), a.deliveryId ?? null],
      );
      if (inserted.rows[0]) return { announcement: toAnnouncement(inserted.rows[0]), created: true };
      const existing = await pool.query<Row>("SELECT * FROM announcements WHERE delivery_id = $1", [a.deliveryId]);
      return { announcement: toAnnouncement(existing.rows[0]!), created: false };
    },
  };
}
