import type pg from "pg";
import { type LedgerEntry, type LedgerStatus, occurrenceId, type ReminderLedger } from "../../core/reminders/reminder-ledger.js";

interface Row {
  reminder_key: string;
  scheduled_at: Date;
  status: LedgerStatus;
  late: boolean;
  attempts: number;
  error_code: string | null;
  claimed_by: string | null;
}

const toEntry = (r: Row): LedgerEntry => ({
  reminderKey: r.reminder_key,
  scheduledAt: r.scheduled_at,
  status: r.status,
  late: r.late,
  attempts: r.attempts,
  ...(r.error_code ? { errorCode: r.error_code } : {}),
  ...(r.claimed_by ? { claimedBy: r.claimed_by } : {}),
});

/**
 * The ledger in PostgreSQL. A claim is one INSERT ... ON CONFLICT DO NOTHING on the (reminder, instant) key: atomic
 * by itself, so of any number of replicas and ticks exactly one gets the row, with no transaction around it.
 */
export function createPostgresReminderLedger(pool: pg.Pool): ReminderLedger {
  const insert = async (key: string, scheduledAt: Date, status: LedgerStatus, late: boolean, at: Date, by: string | null) =>
    (await pool.query(
      `INSERT INTO reminder_ledger (reminder_key, scheduled_at, status, late, decided_at, claimed_by) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (reminder_key, scheduled_at) DO NOTHING`,
      [key, scheduledAt.toISOString(), status, late, at.toISOString(), by],
    )).rowCount === 1;
  return {
    claim(key, scheduledAt, claimedAt, late, by) {
      return insert(key, scheduledAt, "claimed", late, claimedAt, by ?? null);
    },
    async finish(key, scheduledAt, outcome) {
      await pool.query(
        `UPDATE reminder_ledger SET status = $1, attempts = $2, error_code = $3, finished_at = $4
         WHERE reminder_key = $5 AND scheduled_at = $6 AND status = 'claimed'`,
        [outcome.status, outcome.attempts, outcome.errorCode ?? null, outcome.at.toISOString(), key, scheduledAt.toISOString()],
      );
    },
    recordSkipped(key, scheduledAt, at) {
      return insert(key, scheduledAt, "skipped", false, at, null);
    },
    async decidedSince(from) {
      const result = await pool.query<Row>("SELECT reminder_key, scheduled_at FROM reminder_ledger WHERE scheduled_at >= $1", [from.toISOString()]);
      return new Set(result.rows.map((r) => occurrenceId(r.reminder_key, r.scheduled_at)));
    },
    async checkpoint() {
      const result = await pool.query<{ decided_through: Date }>("SELECT decided_through FROM reminder_checkpoint WHERE id = 1");
      return result.rows[0]?.decided_through;
    },
    async advanceCheckpoint(to) {
      // GREATEST: a slower pass finishing after a newer one must not move it back.
      await pool.query(
        `INSERT INTO reminder_checkpoint (id, decided_through) VALUES (1, $1)
         ON CONFLICT (id) DO UPDATE SET decided_through = GREATEST(reminder_checkpoint.decided_through, excluded.decided_through)`,
        [to.toISOString()],
      );
    },
    async entries(key) {
      const result = await pool.query<Row>(
        `SELECT * FROM reminder_ledger WHERE $1::text IS NULL OR reminder_key = $1 ORDER BY scheduled_at, reminder_key COLLATE "C"`,
        [key ?? null],
      );
      return result.rows.map(toEntry);
    },
    async takeOverUnfinished(by, claimedBefore, at) {
      // One UPDATE finds and takes them: its row locks mean two replicas taking over at once never share a claim.
      const result = await pool.query<Row>(
        `UPDATE reminder_ledger SET claimed_by = $1, decided_at = $3
         WHERE status = 'claimed' AND claimed_by IS NOT NULL AND claimed_by != $1 AND decided_at < $2 RETURNING *`,
        [by, claimedBefore.toISOString(), at.toISOString()],
      );
      return result.rows.map(toEntry).sort((a, b) => a.scheduledAt.getTime() - b.scheduledAt.getTime());
    },
  };
}
