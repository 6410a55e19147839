import type pg from "pg";
import type { Meeting, MeetingRepository } from "../../core/meetings/meeting.js";
import { parseSchedule } from "../../core/reminders/parse-schedule.js";

interface Row {
  id: number;
  channel_keys: string[];
  schedule: string;
  time_zone: string;
  title: string;
  place: string | null;
  created_by: string;
  created_at: Date;
  cancelled: Date[] | null;
}

const toMeeting = (row: Row): Meeting => ({
  id: row.id,
  channelKeys: row.channel_keys,
  schedule: parseSchedule(row.schedule, row.time_zone),
  title: row.title,
  ...(row.place ? { place: row.place } : {}),
  createdBy: row.created_by,
  createdAt: row.created_at,
  cancelledOccurrences: row.cancelled ?? [],
});

// Each meeting with its cancelled occurrences, in one statement.
const SELECT = `SELECT m.*, (SELECT array_agg(c.occurrence_at ORDER BY c.occurrence_at) FROM meeting_cancelled_occurrences c WHERE c.meeting_id = m.id) AS cancelled
  FROM meetings m`;

/** Meetings in PostgreSQL; a redelivered `/meeting add` (on any replica) meets the UNIQUE delivery id. */
export function createPostgresMeetingRepository(pool: pg.Pool): MeetingRepository {
  const meetings = async (where: string, values: unknown[]) => (await pool.query<Row>(`${SELECT} ${where}`, values)).rows.map(toMeeting);
  return {
    async add(m) {
      const inserted = await pool.query<{ id: number }>(
        `INSERT INTO meetings (channel_keys, schedule, time_zone, title, place, created_by, created_at, delivery_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (delivery_id) DO NOTHING RETURNING id`,
        [JSON.stringify(m.channelKeys), m.schedule.source, m.schedule.zone, m.title, m.place ?? null, m.createdBy, m.createdAt.toISOString(), m.deliveryId ?? null],
      );
      if (inserted.rows[0]) return { meeting: (await meetings("WHERE m.id = $1", [inserted.rows[0].id]))[0]!, created: true };
      return { meeting: (await meetings("WHERE m.delivery_id = $1", [m.deliveryId]))[0]!, created: false };
    },
    list: () => meetings("WHERE m.cancelled_at IS NULL ORDER BY m.id", []),
    async get(id) {
      return (await meetings("WHERE m.id = $1 AND m.cancelled_at IS NULL", [id]))[0];
    },
    async cancel(id, at) {
      return (await pool.query("UPDATE meetings SET cancelled_at = $1 WHERE id = $2 AND cancelled_at IS NULL", [at.toISOString(), id])).rowCount === 1;
    },
    async cancelOccurrence(id, occurrence, at) {
      const result = await pool.query(
        "INSERT INTO meeting_cancelled_occurrences (meeting_id, occurrence_at, cancelled_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
        [id, occurrence.toISOString(), at.toISOString()],
      );
      return result.rowCount === 1;
    },
  };
}
