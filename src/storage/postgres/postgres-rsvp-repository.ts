import type pg from "pg";
import type { Rsvp, RsvpAnswer, RsvpRepository } from "../../core/meetings/meeting.js";
import { inTransaction } from "./in-transaction.js";

/** Answers in PostgreSQL: the delivery id and the answer commit together, so a redelivery on any replica changes nothing. */
export function createPostgresRsvpRepository(pool: pg.Pool): RsvpRepository {
  return {
    answer(input) {
      return inTransaction(pool, "READ COMMITTED", async (db) => {
        if (input.deliveryId) {
          const seen = await db.query("INSERT INTO meeting_rsvp_deliveries (delivery_id, received_at) VALUES ($1, $2) ON CONFLICT DO NOTHING", [input.deliveryId, input.at.toISOString()]);
          if (seen.rowCount === 0) return { stored: false };
        }
        await db.query(
          `INSERT INTO meeting_rsvps (meeting_id, occurrence_at, user_key, answer, answered_at) VALUES ($1, $2, $3, $4, $5)
           ON CONFLICT (meeting_id, occurrence_at, user_key) DO UPDATE SET answer = excluded.answer, answered_at = excluded.answered_at`,
          [input.meetingId, input.occurrence.toISOString(), input.userKey, input.answer, input.at.toISOString()],
        );
        return { stored: true };
      });
    },
    async answers(meetingId, occurrence) {
      const result = await pool.query<{ user_key: string; answer: RsvpAnswer; answered_at: Date }>(
        `SELECT user_key, answer, answered_at FROM meeting_rsvps WHERE meeting_id = $1 AND occurrence_at = $2 ORDER BY answered_at, user_key COLLATE "C"`,
        [meetingId, occurrence.toISOString()],
      );
      return result.rows.map((r): Rsvp => ({ userKey: r.user_key, answer: r.answer, answeredAt: r.answered_at }));
    },
  };
}
