import type pg from "pg";
import type { NewHourEntry, HourEntry } from "../../core/hours/hour-entry.js";
import type { AddResult, ChangeStamp } from "../../core/hours/hours-repository.js";
import type { HourKind } from "../../core/hours/hour-kind.js";
import { planNewEntry } from "../../core/hours/plan-new-entry.js";
import { kindTotalsFrom, totalsChange } from "../../core/hours/totals-change.js";
import { inTransaction } from "./in-transaction.js";
import { partnerLockStatement } from "./partner-lock.js";
import { ENTRY_COLUMNS, entryValues } from "./postgres-hour-entry-row.js";

interface DayFacts {
  seen: number | null;
  day_minutes: number;
  kept: { kind: HourKind; minutes: number; pendingMinutes: number }[];
}

// What the core needs to decide, read in one statement after the lock (READ COMMITTED: this statement's snapshot
// already holds every write of this partner that committed before the lock was ours).
const READ_DAY = `SELECT
  (SELECT id FROM hour_entries WHERE delivery_key = $1) AS seen,
  (SELECT COALESCE(SUM(minutes), 0)::int FROM hour_entries WHERE user_key = $2 AND entry_date = $3 AND deleted_at IS NULL) AS day_minutes,
  (SELECT COALESCE(json_agg(json_build_object('kind', kind, 'minutes', minutes, 'pendingMinutes', pending_minutes)), '[]'::json)
     FROM hour_kind_totals WHERE user_key = $2) AS kept`;

// The entry as the core planned it, its share of the kept totals and its audit row, in one statement. The totals and
// the audit row are selected FROM inserted, so a delivery key that somehow already exists writes nothing at all.
const WRITE_NEW = `WITH inserted AS (
    INSERT INTO hour_entries (${ENTRY_COLUMNS}, delivery_key) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
    ON CONFLICT (delivery_key) DO NOTHING RETURNING id
  ), kept AS (
    INSERT INTO hour_kind_totals (user_key, kind, minutes, pending_minutes)
    SELECT d.user_key, d.kind, d.minutes, d.pending FROM inserted, unnest($14::text[], $15::text[], $16::int[], $17::int[]) AS d(user_key, kind, minutes, pending)
    ON CONFLICT (user_key, kind) DO UPDATE SET minutes = hour_kind_totals.minutes + excluded.minutes,
      pending_minutes = hour_kind_totals.pending_minutes + excluded.pending_minutes
  ), audit AS (
    INSERT INTO hours_changes (entry_id, changed_by, changed_at, action, after_json)
    SELECT id, $18, $19, 'create', jsonb_build_object('id', id) || $20::jsonb FROM inserted
  )
  SELECT id FROM inserted`;

/**
 * `/log-hours`'s write in four round trips (BEGIN with the partner lock, one read, one write, COMMIT) instead of
 * nine; the rules (day limit, pending supervision, the totals' arithmetic) stay the core's. The partner lock
 * serialises this partner's writes on every replica, so the day's sum read here cannot change before the commit.
 * Both statements are prepared once per pooled connection (named), so the server parses and plans them once, not per
 * command (most of its CPU per /log-hours); they name their columns, so a later migration cannot change what a
 * prepared plan returns.
 */
export function postgresAddHourEntry(
  pool: pg.Pool,
  duplicateOf: (db: pg.PoolClient, deliveryKey: string | undefined) => Promise<AddResult | undefined>,
) {
  return (entry: NewHourEntry, stamp: ChangeStamp, options: { deliveryKey?: string; maxDayMinutes: number }): Promise<AddResult> =>
    inTransaction(
      pool,
      "READ COMMITTED",
      async (db) => {
        const facts = (await db.query<DayFacts>({ name: "porchlight-add-read-day", text: READ_DAY, values: [options.deliveryKey ?? null, entry.userKey, entry.date] })).rows[0]!;
        if (facts.seen !== null) return (await duplicateOf(db, options.deliveryKey))!;
        const plan = planNewEntry(entry, stamp, facts.day_minutes, options.maxDayMinutes);
        if (plan.status === "day-full") return plan;
        const deltas = totalsChange(undefined, { id: 0, ...plan.entry });
        const inserted = await db.query<{ id: number }>({
          name: "porchlight-add-write-new",
          text: WRITE_NEW,
          values: [
            ...entryValues(plan.entry),
            options.deliveryKey ?? null,
            deltas.map((d) => d.userKey), deltas.map((d) => d.kind), deltas.map((d) => d.minutes), deltas.map((d) => d.pendingMinutes),
            stamp.by, stamp.at.toISOString(), JSON.stringify(plan.entry),
          ],
        });
        // Unreachable while every write takes the partner lock; kept so a write that did not still stores once.
        if (inserted.rows.length === 0) return (await duplicateOf(db, options.deliveryKey))!;
        const stored: HourEntry = { id: inserted.rows[0]!.id, ...plan.entry };
        return { status: "stored", entry: stored, allTime: kindTotalsFrom([...facts.kept, ...deltas]) };
      },
      partnerLockStatement(entry.userKey),
    );
}
