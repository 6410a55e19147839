import type Database from "better-sqlite3";
import { type LedgerEntry, type LedgerStatus, occurrenceId, type ReminderLedger } from "../core/reminders/reminder-ledger.js";

interface Row {
  reminder_key: string;
  scheduled_at: string;
  status: LedgerStatus;
  late: number;
  attempts: number;
  error_code: string | null;
  claimed_by: string | null;
}

const toEntry = (r: Row): LedgerEntry => ({
  reminderKey: r.reminder_key,
  scheduledAt: new Date(r.scheduled_at),
  status: r.status,
  late: r.late === 1,
  attempts: r.attempts,
  ...(r.error_code ? { errorCode: r.error_code } : {}),
  ...(r.claimed_by ? { claimedBy: r.claimed_by } : {}),
});

/**
 * The ledger in SQLite. The UNIQUE (reminder_key, scheduled_at) row is the claim: an INSERT that finds it
 * taken changes nothing, so only one process, and one tick, ever posts an occurrence.
 */
export function createSqliteReminderLedger(db: Database.Database): ReminderLedger {
  const insert = db.prepare(
    `INSERT INTO reminder_ledger (reminder_key, scheduled_at, status, late, decided_at, claimed_by)
     VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (reminder_key, scheduled_at) DO NOTHING`,
  );
  const finish = db.prepare(
    `UPDATE reminder_ledger SET status = ?, attempts = ?, error_code = ?, finished_at = ?
     WHERE reminder_key = ? AND scheduled_at = ? AND status = 'claimed'`,
  );
  const since = db.prepare("SELECT reminder_key, scheduled_at FROM reminder_ledger WHERE scheduled_at >= ?");
  const entries = db.prepare("SELECT * FROM reminder_ledger WHERE ? IS NULL OR reminder_key = ? ORDER BY scheduled_at, reminder_key");
  // One UPDATE both finds and takes the claims, so two replicas taking over at once cannot both get one.
  const takeOver = db.prepare(
    `UPDATE reminder_ledger SET claimed_by = ?, decided_at = ?
     WHERE status = 'claimed' AND claimed_by IS NOT NULL AND claimed_by != ? AND decided_at < ? RETURNING *`,
  );
  const checkpoint = db.prepare("SELECT decided_through FROM reminder_checkpoint WHERE id = 1");
  // max(): two processes may advance it out of order; it never moves back.
  const advance = db.prepare(
    `INSERT INTO reminder_checkpoint (id, decided_through) VALUES (1, ?)
     ON CONFLICT (id) DO UPDATE SET decided_through = max(decided_through, excluded.decided_through)`,
  );

  return {
    async claim(key, scheduledAt, claimedAt, late, by) {
      return insert.run(key, scheduledAt.toISOString(), "claimed", late ? 1 : 0, claimedAt.toISOString(), by ?? null).changes === 1;
    },
    async finish(key, scheduledAt, outcome) {
      finish.run(outcome.status, outcome.attempts, outcome.errorCode ?? null, outcome.at.toISOString(), key, scheduledAt.toISOString());
    },
    async recordSkipped(key, scheduledAt, at) {
      return insert.run(key, scheduledAt.toISOString(), "skipped", 0, at.toISOString(), null).changes === 1;
    },
    async decidedSince(from) {
      const rows = since.all(from.toISOString()) as Row[];
      return new Set(rows.map((r) => occurrenceId(r.reminder_key, new Date(r.scheduled_at))));
    },
    async checkpoint() {
      const row = checkpoint.get() as { decided_through: string } | undefined;
      return row ? new Date(row.decided_through) : undefined;
    },
    async advanceCheckpoint(to) {
      advance.run(to.toISOString());
    },
    async entries(key) {
      return (entries.all(key ?? null, key ?? null) as Row[]).map(toEntry);
    },
    async takeOverUnfinished(by, claimedBefore, at) {
      const taken = (takeOver.all(by, at.toISOString(), by, claimedBefore.toISOString()) as Row[]).map(toEntry);
      return taken.sort((a, b) => a.scheduledAt.getTime() - b.scheduledAt.getTime());
    },
  };
}
