import type Database from "better-sqlite3";
import type { Rsvp, RsvpAnswer, RsvpRepository } from "../core/meetings/meeting.js";

interface Row {
  user_key: string;
  answer: RsvpAnswer;
  answered_at: string;
}

/** Answers in SQLite: one row per person per occurrence, replaced when they change it; seen delivery ids are kept. */
export function createSqliteRsvpRepository(db: Database.Database): RsvpRepository {
  const seen = db.prepare("INSERT INTO meeting_rsvp_deliveries (delivery_id, received_at) VALUES (?, ?) ON CONFLICT DO NOTHING");
  const upsert = db.prepare(
    `INSERT INTO meeting_rsvps (meeting_id, occurrence_at, user_key, answer, answered_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (meeting_id, occurrence_at, user_key) DO UPDATE SET answer = excluded.answer, answered_at = excluded.answered_at`,
  );
  const answers = db.prepare("SELECT user_key, answer, answered_at FROM meeting_rsvps WHERE meeting_id = ? AND occurrence_at = ? ORDER BY answered_at, user_key");
  const answer = db.transaction((input: Parameters<RsvpRepository["answer"]>[0]) => {
    if (input.deliveryId && seen.run(input.deliveryId, input.at.toISOString()).changes === 0) return { stored: false };
    upsert.run(input.meetingId, input.occurrence.toISOString(), input.userKey, input.answer, input.at.toISOString());
    return { stored: true };
  });
  return {
    answer: async (input) => answer.immediate(input),
    async answers(meetingId, occurrence) {
      return (answers.all(meetingId, occurrence.toISOString()) as Row[]).map((r): Rsvp => ({ userKey: r.user_key, answer: r.answer, answeredAt: new Date(r.answered_at) }));
    },
  };
}
