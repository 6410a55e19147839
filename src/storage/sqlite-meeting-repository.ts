import type Database from "better-sqlite3";
import type { Meeting, MeetingRepository } from "../core/meetings/meeting.js";
import { parseSchedule } from "../core/reminders/parse-schedule.js";

interface Row {
  id: number;
  channel_keys: string;
  schedule: string;
  time_zone: string;
  title: string;
  place: string | null;
  created_by: string;
  created_at: string;
}

/** Meetings in SQLite; the schedule is stored as the admin wrote it and parsed again on load, as reminders are. */
export function createSqliteMeetingRepository(db: Database.Database): MeetingRepository {
  const insert = db.prepare(
    `INSERT INTO meetings (channel_keys, schedule, time_zone, title, place, created_by, created_at, delivery_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING *`,
  );
  const byDelivery = db.prepare("SELECT * FROM meetings WHERE delivery_id = ?");
  const byId = db.prepare("SELECT * FROM meetings WHERE id = ? AND cancelled_at IS NULL");
  const all = db.prepare("SELECT * FROM meetings WHERE cancelled_at IS NULL ORDER BY id");
  const cancelled = db.prepare("SELECT occurrence_at FROM meeting_cancelled_occurrences WHERE meeting_id = ? ORDER BY occurrence_at");
  const cancel = db.prepare("UPDATE meetings SET cancelled_at = ? WHERE id = ? AND cancelled_at IS NULL");
  const cancelOne = db.prepare(
    "INSERT INTO meeting_cancelled_occurrences (meeting_id, occurrence_at, cancelled_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
  );

  const toMeeting = (row: Row): Meeting => ({
    id: row.id,
    channelKeys: JSON.parse(row.channel_keys) as string[],
    schedule: parseSchedule(row.schedule, row.time_zone),
    title: row.title,
    ...(row.place ? { place: row.place } : {}),
    createdBy: row.created_by,
    createdAt: new Date(row.created_at),
    cancelledOccurrences: (cancelled.all(row.id) as { occurrence_at: string }[]).map((r) => new Date(r.occurrence_at)),
  });

  const add = db.transaction((m: Parameters<MeetingRepository["add"]>[0]) => {
    const existing = m.deliveryId ? (byDelivery.get(m.deliveryId) as Row | undefined) : undefined;
    if (existing) return { meeting: toMeeting(existing), created: false };
    const row = insert.get(JSON.stringify(m.channelKeys), m.schedule.source, m.schedule.zone, m.title, m.place ?? null, m.createdBy, m.createdAt.toISOString(), m.deliveryId ?? null) as Row;
    return { meeting: toMeeting(row), created: true };
  });

  return {
    add: async (meeting) => add.immediate(meeting),
    list: async () => (all.all() as Row[]).map(toMeeting),
    async get(id) {
      const row = byId.get(id) as Row | undefined;
      return row && toMeeting(row);
    },
    cancel: async (id, at) => cancel.run(at.toISOString(), id).changes === 1,
    cancelOccurrence: async (id, occurrence, at) => cancelOne.run(id, occurrence.toISOString(), at.toISOString()).changes === 1,
  };
}
