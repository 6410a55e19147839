import type Database from "better-sqlite3";
import type { HourEntry, HourEntryChanges, NewHourEntry } from "../core/hours/hour-entry.js";
import type { HoursChangeAction } from "../core/hours/hours-change.js";
import type { AddResult, ChangeStamp, DateRange, HoursRepository, UpdateResult } from "../core/hours/hours-repository.js";
import { emptyKindTotals, type KindTotals } from "../core/hours/kind-totals.js";
import type { HourKind } from "../core/hours/hour-kind.js";
import { hourEntryFromRow, type HourEntryRow } from "./hour-entry-row.js";
import { createGroupCommit } from "./group-commit.js";
import { hoursChangeFromRow, type HoursChangeRow } from "./hours-change-row.js";

const ACTIVE = "deleted_at IS NULL";
// Open range ends compare against dates no entry can have.
const EARLIEST = "0000-01-01";
const LATEST = "9999-12-31";

/**
 * Hour entries in SQLite. Every write and its audit row commit in one transaction, so a change is never stored without
 * its trail (nor the trail without the change); with synchronous=FULL a resolved write has reached the disk. New entries
 * arriving together share one commit (group commit), each still resolving only after that commit.
 */
export function createSqliteHoursRepository(db: Database.Database): HoursRepository {
  const q = {
    byId: db.prepare("SELECT * FROM hour_entries WHERE id = ?"),
    byDelivery: db.prepare("SELECT * FROM hour_entries WHERE delivery_key = ?"),
    dayMinutes: db.prepare(`SELECT COALESCE(SUM(minutes), 0) AS m FROM hour_entries WHERE user_key = ? AND entry_date = ? AND id != ? AND ${ACTIVE}`),
    // One statement does the whole check-and-store: the row goes in only if the day stays within the limit (WHERE) and
    // the delivery is new (ON CONFLICT: the UNIQUE index itself dedupes). No id back means a redelivery or a full day;
    // the rare path below tells which. Positional parameters: binding an object costs a property lookup per name.
    insert: db
      .prepare(`INSERT INTO hour_entries
      (user_key, kind, minutes, entry_date, note, supervisor_key, supervision_format, confirmation, delivery_key, logged_at)
      SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?
      WHERE (SELECT COALESCE(SUM(minutes), 0) FROM hour_entries WHERE user_key = ? AND entry_date = ? AND ${ACTIVE}) + ? <= ?
      ON CONFLICT (delivery_key) DO NOTHING
      RETURNING id`)
      .pluck(),
    update: db.prepare(`UPDATE hour_entries SET kind = @kind, minutes = @minutes, entry_date = @date, note = @note,
      supervisor_key = @supervisorKey, supervision_format = @supervisionFormat, confirmation = @confirmation,
      confirmed_by = @confirmedBy, confirmed_at = @confirmedAt WHERE id = @id`),
    softDelete: db.prepare("UPDATE hour_entries SET deleted_at = ? WHERE id = ?"),
    confirm: db.prepare("UPDATE hour_entries SET confirmation = 'confirmed', confirmed_by = ?, confirmed_at = ? WHERE id = ?"),
    audit: db.prepare(`INSERT INTO hours_changes (entry_id, changed_by, changed_at, action, before_json, after_json)
      VALUES (?, ?, ?, ?, ?, ?)`),
    latest: db.prepare(`SELECT * FROM hour_entries WHERE user_key = ? AND ${ACTIVE} ORDER BY id DESC LIMIT 1`),
    allTimeTotals: db.prepare("SELECT kind, minutes, pending_minutes AS pending FROM hour_kind_totals WHERE user_key = ?"),
    totals: db.prepare(`SELECT kind, SUM(minutes) AS minutes, SUM(CASE WHEN confirmation = 'pending' THEN minutes ELSE 0 END) AS pending
      FROM hour_entries WHERE user_key = ? AND entry_date BETWEEN ? AND ? AND ${ACTIVE} GROUP BY kind`),
    trainingNotes: db.prepare(`SELECT note FROM hour_entries WHERE user_key = ? AND kind = 'training' AND note IS NOT NULL AND ${ACTIVE} ORDER BY entry_date, id`),
    firstDate: db.prepare(`SELECT MIN(entry_date) AS d FROM hour_entries WHERE user_key = ? AND kind = ? AND ${ACTIVE}`),
    list: db.prepare(`SELECT * FROM hour_entries WHERE user_key = ? AND entry_date BETWEEN ? AND ? AND ${ACTIVE} ORDER BY entry_date, id`),
    pendingFor: db.prepare(`SELECT * FROM hour_entries WHERE supervisor_key = ? AND confirmation = 'pending' AND ${ACTIVE} ORDER BY entry_date, id`),
    partners: db.prepare("SELECT DISTINCT user_key FROM hour_entries ORDER BY user_key"),
    supervisees: db.prepare(`SELECT DISTINCT user_key FROM hour_entries WHERE supervisor_key = ? AND ${ACTIVE} ORDER BY user_key`),
    history: db.prepare("SELECT * FROM hours_changes WHERE entry_id = ? ORDER BY id"),
  };

  const read = (id: number): HourEntry | undefined => {
    const row = q.byId.get(id) as HourEntryRow | undefined;
    return row ? hourEntryFromRow(row) : undefined;
  };
  const mustRead = (id: number): HourEntry => {
    const entry = read(id);
    if (!entry) throw new Error(`hour entry ${id} does not exist`);
    return entry;
  };
  const record = (entryId: number, stamp: ChangeStamp, action: HoursChangeAction, before?: HourEntry, after?: HourEntry) =>
    q.audit.run(entryId, stamp.by, stamp.at.toISOString(), action, before ? JSON.stringify(before) : null, after ? JSON.stringify(after) : null);

  const totalsFrom = (rows: unknown[]): KindTotals => {
    const totals: KindTotals = emptyKindTotals();
    for (const row of rows as { kind: HourKind; minutes: number; pending: number }[]) {
      totals[row.kind] = row.minutes;
      totals.pendingSupervision += row.pending;
    }
    return totals;
  };
  // All time reads the trigger-kept totals (006); a bounded range sums its entries.
  const allTimeTotals = (userKey: string) => totalsFrom(q.allTimeTotals.all(userKey));

  // Runs only inside the group commit's transaction (which isolates a failing write when one fails).
  const add = (entry: NewHourEntry, stamp: ChangeStamp, deliveryKey: string | undefined, maxDayMinutes: number): AddResult => {
    // The row exactly as the INSERT writes it (a STRICT table stores bound values unchanged; the rest start NULL), so
    // the reply and the audit row need no read back.
    const row: HourEntryRow = {
      id: 0,
      user_key: entry.userKey,
      kind: entry.kind,
      minutes: entry.minutes,
      entry_date: entry.date,
      note: entry.note ?? null,
      supervisor_key: entry.supervisorKey ?? null,
      supervision_format: entry.supervisionFormat ?? null,
      confirmation: entry.kind === "supervision" ? "pending" : null,
      confirmed_by: null,
      confirmed_at: null,
      logged_at: stamp.at.toISOString(),
      deleted_at: null,
    };
    const id = q.insert.get(
      row.user_key, row.kind, row.minutes, row.entry_date, row.note, row.supervisor_key, row.supervision_format, row.confirmation,
      deliveryKey ?? null, row.logged_at,
      row.user_key, row.entry_date, row.minutes, maxDayMinutes,
    ) as number | undefined;
    if (id === undefined) {
      // A redelivery is a duplicate even when its own first delivery is what fills the day.
      const seen = deliveryKey === undefined ? undefined : (q.byDelivery.get(deliveryKey) as HourEntryRow | undefined);
      if (seen) return { status: "duplicate", entry: hourEntryFromRow(seen), allTime: allTimeTotals(seen.user_key) };
      return { status: "day-full", dayMinutes: (q.dayMinutes.get(entry.userKey, entry.date, -1) as { m: number }).m };
    }
    row.id = id;
    const stored = hourEntryFromRow(row);
    q.audit.run(id, stamp.by, row.logged_at, "create", null, JSON.stringify(stored));
    // Read here, under the batch's lock, the reply's totals cost no read transaction of their own.
    return { status: "stored", entry: stored, allTime: allTimeTotals(row.user_key) };
  };

  const update = db.transaction((id: number, changes: HourEntryChanges, stamp: ChangeStamp, maxDayMinutes: number): UpdateResult => {
    const before = mustRead(id);
    const next = { ...before, ...changes };
    const others = (q.dayMinutes.get(next.userKey, next.date, id) as { m: number }).m;
    if (others + next.minutes > maxDayMinutes) return { status: "day-full", dayMinutes: others };
    // Changing what was supervised (or by whom) needs a fresh confirmation; a note edit keeps it.
    const reconfirm = next.kind !== before.kind || next.minutes !== before.minutes || next.date !== before.date || next.supervisorKey !== before.supervisorKey;
    const keep = next.kind === "supervision" && before.confirmation === "confirmed" && !reconfirm;
    q.update.run({
      id,
      ...rowFields(next),
      confirmation: next.kind === "supervision" ? (keep ? "confirmed" : "pending") : null,
      confirmedBy: keep ? (before.confirmedBy ?? null) : null,
      confirmedAt: keep ? (before.confirmedAt ?? null) : null,
    });
    const after = mustRead(id);
    record(id, stamp, "edit", before, after);
    return { status: "updated", before, after };
  });

  const remove = db.transaction((id: number, stamp: ChangeStamp, action: "delete" | "undo"): HourEntry => {
    const before = mustRead(id);
    q.softDelete.run(stamp.at.toISOString(), id);
    record(id, stamp, action, before, mustRead(id));
    return before;
  });

  const confirm = db.transaction((id: number, stamp: ChangeStamp): HourEntry => {
    const before = mustRead(id);
    q.confirm.run(stamp.by, stamp.at.toISOString(), id);
    const after = mustRead(id);
    record(id, stamp, "confirm", before, after);
    return after;
  });

  const range = (r: DateRange = {}) => [r.from ?? EARLIEST, r.to ?? LATEST] as const;

  const groupCommit = createGroupCommit(db, (item: PendingAdd) => add(item.entry, item.stamp, item.deliveryKey, item.maxDayMinutes));

  return {
    add(entry, stamp, options) {
      return groupCommit({ entry, stamp, deliveryKey: options.deliveryKey, maxDayMinutes: options.maxDayMinutes });
    },
    async get(id) {
      return read(id);
    },
    async update(id, changes, stamp, options) {
      return update(id, changes, stamp, options.maxDayMinutes);
    },
    async remove(id, stamp, action) {
      return remove(id, stamp, action);
    },
    async confirm(id, stamp) {
      return confirm(id, stamp);
    },
    async latest(userKey) {
      const row = q.latest.get(userKey) as HourEntryRow | undefined;
      return row ? hourEntryFromRow(row) : undefined;
    },
    async totals(userKey, r) {
      return r?.from === undefined && r?.to === undefined ? allTimeTotals(userKey) : totalsFrom(q.totals.all(userKey, ...range(r)));
    },
    async trainingNotes(userKey) {
      return (q.trainingNotes.all(userKey) as { note: string }[]).map((r) => r.note);
    },
    async firstDate(userKey, kind) {
      return (q.firstDate.get(userKey, kind) as { d: string | null }).d ?? undefined;
    },
    async list(userKey, r) {
      return (q.list.all(userKey, ...range(r)) as HourEntryRow[]).map(hourEntryFromRow);
    },
    async pendingFor(supervisorKey) {
      return (q.pendingFor.all(supervisorKey) as HourEntryRow[]).map(hourEntryFromRow);
    },
    async partners() {
      return (q.partners.all() as { user_key: string }[]).map((r) => r.user_key);
    },
    async superviseesOf(supervisorKey) {
      return (q.supervisees.all(supervisorKey) as { user_key: string }[]).map((r) => r.user_key);
    },
    async history(entryId) {
      return (q.history.all(entryId) as HoursChangeRow[]).map(hoursChangeFromRow);
    },
  };
}

interface PendingAdd {
  entry: NewHourEntry;
  stamp: ChangeStamp;
  deliveryKey: string | undefined;
  maxDayMinutes: number;
}

function rowFields(entry: NewHourEntry) {
  return {
    userKey: entry.userKey,
    kind: entry.kind,
    minutes: entry.minutes,
    date: entry.date,
    note: entry.note ?? null,
    supervisorKey: entry.supervisorKey ?? null,
    supervisionFormat: entry.supervisionFormat ?? null,
  };
}
