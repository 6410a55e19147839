import type pg from "pg";
import type { HourEntry } from "../../core/hours/hour-entry.js";
import type { HoursChange, HoursChangeAction } from "../../core/hours/hours-change.js";
import type { AddResult, ChangeStamp, HoursRepository } from "../../core/hours/hours-repository.js";
import type { HourKind } from "../../core/hours/hour-kind.js";
import { confirmedEntry, deletedEntry } from "../../core/hours/entry-status-changes.js";
import { planEntryEdit } from "../../core/hours/plan-entry-edit.js";
import { groupShare, kindTotalsFrom, totalsChange } from "../../core/hours/totals-change.js";
import { inTransaction } from "./in-transaction.js";
import { partnerLockStatement } from "./partner-lock.js";
import { postgresAddHourEntry } from "./postgres-add-hour-entry.js";
import { ENTRY_COLUMNS, entryFromPostgres, entryValues, type PostgresHourEntryRow } from "./postgres-hour-entry-row.js";

const ACTIVE = "deleted_at IS NULL";
type Db = pg.Pool | pg.PoolClient;

/**
 * Hour entries in PostgreSQL, shared by every replica. Each write runs READ COMMITTED and first takes its partner's
 * transaction-scoped advisory lock (sent with the BEGIN, see partnerLockStatement): a partner's writes then run one at a time across all replicas, so the core's day
 * limit reads a sum no concurrent write can change before the commit (two replicas cannot both take the last hour),
 * and a platform retry landing on another replica waits, then finds the first delivery's row. Other partners' writes
 * do not wait. Reads need no transaction: each is one statement over committed rows.
 */
export function createPostgresHoursRepository(pool: pg.Pool): HoursRepository {
  const rows = async (db: Db, sql: string, values: unknown[]) => (await db.query<PostgresHourEntryRow>(sql, values)).rows.map(entryFromPostgres);
  const one = async (db: Db, sql: string, values: unknown[]) => (await rows(db, sql, values))[0];
  const mustRead = async (db: Db, id: number) => {
    const entry = await one(db, "SELECT * FROM hour_entries WHERE id = $1", [id]);
    if (!entry) throw new Error(`hour entry ${id} does not exist`);
    return entry;
  };
  const dayMinutes = async (db: Db, userKey: string, date: string, exceptId: number) =>
    (await db.query<{ m: number }>(`SELECT COALESCE(SUM(minutes), 0) AS m FROM hour_entries WHERE user_key = $1 AND entry_date = $2 AND id != $3 AND ${ACTIVE}`, [userKey, date, exceptId])).rows[0]!.m;
  const allTime = async (db: Db, userKey: string) =>
    kindTotalsFrom((await db.query<{ kind: HourKind; minutes: number; pendingMinutes: number }>(`SELECT kind, minutes, pending_minutes AS "pendingMinutes" FROM hour_kind_totals WHERE user_key = $1`, [userKey])).rows);
  const keepTotals = async (db: Db, before: HourEntry | undefined, after: HourEntry | undefined) => {
    for (const d of totalsChange(before, after)) {
      await db.query(
        `INSERT INTO hour_kind_totals (user_key, kind, minutes, pending_minutes) VALUES ($1, $2, $3, $4)
         ON CONFLICT (user_key, kind) DO UPDATE SET minutes = hour_kind_totals.minutes + excluded.minutes,
           pending_minutes = hour_kind_totals.pending_minutes + excluded.pending_minutes`,
        [d.userKey, d.kind, d.minutes, d.pendingMinutes],
      );
    }
  };
  const record = (db: Db, entryId: number, stamp: ChangeStamp, action: HoursChangeAction, before?: HourEntry, after?: HourEntry) =>
    db.query("INSERT INTO hours_changes (entry_id, changed_by, changed_at, action, before_json, after_json) VALUES ($1, $2, $3, $4, $5, $6)", [
      entryId, stamp.by, stamp.at.toISOString(), action, before ? JSON.stringify(before) : null, after ? JSON.stringify(after) : null,
    ]);
  const duplicateOf = async (db: Db, deliveryKey: string | undefined): Promise<AddResult | undefined> => {
    const seen = deliveryKey === undefined ? undefined : await one(db, "SELECT * FROM hour_entries WHERE delivery_key = $1", [deliveryKey]);
    return seen && { status: "duplicate", entry: seen, allTime: await allTime(db, seen.userKey) };
  };
  // Writes the entry as the core decided, keeps the totals and leaves the audit row, in the caller's transaction.
  const change = async (db: Db, before: HourEntry, after: HourEntry, stamp: ChangeStamp, action: HoursChangeAction) => {
    await db.query(`UPDATE hour_entries SET (${ENTRY_COLUMNS}) = ($2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) WHERE id = $1`, [before.id, ...entryValues(after)]);
    await keepTotals(db, before, after);
    await record(db, before.id, stamp, action, before, after);
    return after;
  };
  const partnerOf = async (id: number) => (await pool.query<{ user_key: string }>("SELECT user_key FROM hour_entries WHERE id = $1", [id])).rows[0]?.user_key;
  // An entry's partner never changes, so its lock can be named before the transaction reads the entry.
  const writeEntry = async <T>(id: number, work: (db: pg.PoolClient, before: HourEntry) => Promise<T>) => {
    const userKey = await partnerOf(id);
    if (userKey === undefined) throw new Error(`hour entry ${id} does not exist`);
    return inTransaction(pool, "READ COMMITTED", async (db) => work(db, await mustRead(db, id)), partnerLockStatement(userKey));
  };
  const range = (r: { from?: string; to?: string } = {}) => [r.from ?? "0001-01-01", r.to ?? "9999-12-31"];
  const keys = async (sql: string, values: unknown[]) => (await pool.query<{ user_key: string }>(sql, values)).rows.map((r) => r.user_key);

  return {
    add: postgresAddHourEntry(pool, duplicateOf),
    get(id) {
      return one(pool, "SELECT * FROM hour_entries WHERE id = $1", [id]);
    },
    update(id, edits, stamp, options) {
      return writeEntry(id, async (db, before) => {
        const plan = planEntryEdit(before, edits, await dayMinutes(db, before.userKey, edits.date ?? before.date, id), options.maxDayMinutes);
        if (plan.status === "day-full") return plan;
        return { status: "updated" as const, before, after: await change(db, before, plan.after, stamp, "edit") };
      });
    },
    remove(id, stamp, action) {
      return writeEntry(id, async (db, before) => {
        await change(db, before, deletedEntry(before, stamp), stamp, action);
        return before;
      });
    },
    confirm(id, stamp) {
      return writeEntry(id, (db, before) => change(db, before, confirmedEntry(before, stamp), stamp, "confirm"));
    },
    latest(userKey) {
      return one(pool, `SELECT * FROM hour_entries WHERE user_key = $1 AND ${ACTIVE} ORDER BY id DESC LIMIT 1`, [userKey]);
    },
    async totals(userKey, r) {
      if (r?.from === undefined && r?.to === undefined) return allTime(pool, userKey);
      const groups = await pool.query<{ kind: HourKind; confirmation: string | null; minutes: number }>(
        `SELECT kind, confirmation, SUM(minutes) AS minutes FROM hour_entries
         WHERE user_key = $1 AND entry_date BETWEEN $2 AND $3 AND ${ACTIVE} GROUP BY kind, confirmation`,
        [userKey, ...range(r)],
      );
      return kindTotalsFrom(groups.rows.map(groupShare));
    },
    async trainingNotes(userKey) {
      const result = await pool.query<{ note: string }>(`SELECT note FROM hour_entries WHERE user_key = $1 AND kind = 'training' AND note IS NOT NULL AND ${ACTIVE} ORDER BY entry_date, id`, [userKey]);
      return result.rows.map((r) => r.note);
    },
    async firstDate(userKey, kind) {
      const result = await pool.query<{ d: string | null }>(`SELECT MIN(entry_date) AS d FROM hour_entries WHERE user_key = $1 AND kind = $2 AND ${ACTIVE}`, [userKey, kind]);
      return result.rows[0]?.d ?? undefined;
    },
    list(userKey, r) {
      return rows(pool, `SELECT * FROM hour_entries WHERE user_key = $1 AND entry_date BETWEEN $2 AND $3 AND ${ACTIVE} ORDER BY entry_date, id`, [userKey, ...range(r)]);
    },
    pendingFor(supervisorKey) {
      return rows(pool, `SELECT * FROM hour_entries WHERE supervisor_key = $1 AND confirmation = 'pending' AND ${ACTIVE} ORDER BY entry_date, id`, [supervisorKey]);
    },
    partners() {
      return keys(`SELECT user_key FROM hour_entries GROUP BY user_key ORDER BY user_key COLLATE "C"`, []);
    },
    superviseesOf(supervisorKey) {
      return keys(`SELECT user_key FROM hour_entries WHERE supervisor_key = $1 AND ${ACTIVE} GROUP BY user_key ORDER BY user_key COLLATE "C"`, [supervisorKey]);
    },
    async history(entryId) {
      const result = await pool.query<{ entry_id: number; changed_by: string; changed_at: Date; action: HoursChangeAction; before_json: HourEntry | null; after_json: HourEntry | null }>(
        "SELECT * FROM hours_changes WHERE entry_id = $1 ORDER BY id",
        [entryId],
      );
      return result.rows.map(
        (r): HoursChange => ({
          entryId: r.entry_id,
          changedBy: r.changed_by,
          changedAt: r.changed_at.toISOString(),
          action: r.action,
          ...(r.before_json ? { before: r.before_json } : {}),
          ...(r.after_json ? { after: r.after_json } : {}),
        }),
      );
    },
  };
}
