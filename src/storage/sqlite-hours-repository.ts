import type Database from "better-sqlite3";
import type { HourEntry, NewHourEntry } from "../core/hours/hour-entry.js";
import type { HoursChangeAction } from "../core/hours/hours-change.js";
import type { AddResult, ChangeStamp, DateRange, HoursRepository } from "../core/hours/hours-repository.js";
import type { HourKind } from "../core/hours/hour-kind.js";
import { planNewEntry } from "../core/hours/plan-new-entry.js";
import { planEntryEdit } from "../core/hours/plan-entry-edit.js";
import { confirmedEntry, deletedEntry } from "../core/hours/entry-status-changes.js";
import { groupShare, kindTotalsFrom, totalsChange } from "../core/hours/totals-change.js";
import { hourEntryFromRow, rowFromEntry, type HourEntryRow } from "./hour-entry-row.js";
import { createGroupCommit } from "./group-commit.js";
import { hoursChangeFromRow, type HoursChangeRow } from "./hours-change-row.js";

const ACTIVE = "deleted_at IS NULL";
// Open range ends compare against dates no entry can have.
const EARLIEST = "0000-01-01";
const LATEST = "9999-12-31";

/**
 * Hour entries in SQLite. The rules (day limit, pending supervision, reconfirmation, totals) are the core's; this store
 * reads what they need and writes what they decide inside one transaction, with the audit row, so a change is never
 * stored without its trail. With synchronous=FULL a resolved write has reached the disk. New entries arriving together
 * share one commit (group commit), each still resolving only after that commit. One connection writes at a time, so a
 * read-then-write inside a transaction cannot interleave with another write.
 */
export function createSqliteHoursRepository(db: Database.Database): HoursRepository {
  const q = {
    byId: db.prepare("SELECT * FROM hour_entries WHERE id = ?"),
    byDelivery: db.prepare("SELECT * FROM hour_entries WHERE delivery_key = ?"),
    dayMinutes: db.prepare(`SELECT COALESCE(SUM(minutes), 0) FROM hour_entries WHERE user_key = ? AND entry_date = ? AND id != ? AND ${ACTIVE}`).pluck(),
    // ON CONFLICT: the UNIQUE delivery index itself dedupes a redelivery racing its first delivery.
    insert: db
      .prepare(`INSERT INTO hour_entries
      (user_key, kind, minutes, entry_date, note, supervisor_key, supervision_format, confirmation, delivery_key, logged_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (delivery_key) DO NOTHING RETURNING id`)
      .pluck(),
    update: db.prepare(`UPDATE hour_entries SET kind = @kind, minutes = @minutes, entry_date = @entry_date, note = @note,
      supervisor_key = @supervisor_key, supervision_format = @supervision_format, confirmation = @confirmation,
      confirmed_by = @confirmed_by, confirmed_at = @confirmed_at, deleted_at = @deleted_at WHERE id = @id`),
    addToTotals: db.prepare(`INSERT INTO hour_kind_totals (user_key, kind, minutes, pending_minutes) VALUES (?, ?, ?, ?)
      ON CONFLICT (user_key, kind) DO UPDATE SET minutes = minutes + excluded.minutes, pending_minutes = pending_minutes + excluded.pending_minutes`),
    audit: db.prepare(`INSERT INTO hours_changes (entry_id, changed_by, changed_at, action, before_json, after_json)
      VALUES (?, ?, ?, ?, ?, ?)`),
    latest: db.prepare(`SELECT * FROM hour_entries WHERE user_key = ? AND ${ACTIVE} ORDER BY id DESC LIMIT 1`),
    allTimeTotals: db.prepare("SELECT kind, minutes, pending_minutes AS pendingMinutes FROM hour_kind_totals WHERE user_key = ?"),
    totals: db.prepare(`SELECT kind, confirmation, SUM(minutes) AS minutes
      FROM hour_entries WHERE user_key = ? AND entry_date BETWEEN ? AND ? AND ${ACTIVE} GROUP BY kind, confirmation`),
    trainingNotes: db.prepare(`SELECT note FROM hour_entries WHERE user_key = ? AND kind = 'training' AND note IS NOT NULL AND ${ACTIVE} ORDER BY entry_date, id`).pluck(),
    firstDate: db.prepare(`SELECT MIN(entry_date) FROM hour_entries WHERE user_key = ? AND kind = ? AND ${ACTIVE}`).pluck(),
    list: db.prepare(`SELECT * FROM hour_entries WHERE user_key = ? AND entry_date BETWEEN ? AND ? AND ${ACTIVE} ORDER BY entry_date, id`),
    pendingFor: db.prepare(`SELECT * FROM hour_entries WHERE supervisor_key = ? AND confirmation = 'pending' AND ${ACTIVE} ORDER BY entry_date, id`),
    partners: db.prepare("SELECT DISTINCT user_key FROM hour_entries ORDER BY user_key").pluck(),
    supervisees: db.prepare(`SELECT DISTINCT user_key FROM hour_entries WHERE supervisor_key = ? AND ${ACTIVE} ORDER BY user_key`).pluck(),
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
  const keepTotals = (before: HourEntry | undefined, after: HourEntry | undefined) => {
    for (const d of totalsChange(before, after)) q.addToTotals.run(d.userKey, d.kind, d.minutes, d.pendingMinutes);
  };
  const allTimeTotals = (userKey: string) => kindTotalsFrom(q.allTimeTotals.all(userKey) as { kind: HourKind; minutes: number; pendingMinutes: number }[]);
  const dayMinutes = (userKey: string, date: string, exceptId: number) => q.dayMinutes.get(userKey, date, exceptId) as number;
  const duplicateOf = (deliveryKey: string | undefined): AddResult | undefined => {
    const seen = deliveryKey === undefined ? undefined : (q.byDelivery.get(deliveryKey) as HourEntryRow | undefined);
    return seen && { status: "duplicate", entry: hourEntryFromRow(seen), allTime: allTimeTotals(seen.user_key) };
  };

  // Runs only inside the group commit's transaction (which isolates a failing write when one fails).
  const add = (entry: NewHourEntry, stamp: ChangeStamp, deliveryKey: string | undefined, maxDayMinutes: number): AddResult => {
    const plan = planNewEntry(entry, stamp, dayMinutes(entry.userKey, entry.date, -1), maxDayMinutes);
    // A redelivery is a duplicate even when its own first delivery is what fills the day.
    if (plan.status === "day-full") return duplicateOf(deliveryKey) ?? plan;
    const row = rowFromEntry(plan.entry);
    const id = q.insert.get(
      row.user_key, row.kind, row.minutes, row.entry_date, row.note, row.supervisor_key, row.supervision_format, row.confirmation,
      deliveryKey ?? null, row.logged_at,
    ) as number | undefined;
    if (id === undefined) return duplicateOf(deliveryKey)!;
    const stored: HourEntry = { id, ...plan.entry };
    keepTotals(undefined, stored);
    q.audit.run(id, stamp.by, row.logged_at, "create", null, JSON.stringify(stored));
    // Read here, under the batch's lock, the reply's totals cost no read transaction of their own.
    return { status: "stored", entry: stored, allTime: allTimeTotals(row.user_key) };
  };

  // Writes the entry as the core decided it, keeps the totals and leaves the audit row, all in the caller's transaction.
  const change = (before: HourEntry, after: HourEntry, stamp: ChangeStamp, action: HoursChangeAction): HourEntry => {
    q.update.run(rowFromEntry(after));
    keepTotals(before, after);
    record(before.id, stamp, action, before, after);
    return after;
  };

  const update = db.transaction((id: number, changes, stamp: ChangeStamp, maxDayMinutes: number) => {
    const before = mustRead(id);
    const plan = planEntryEdit(before, changes, dayMinutes(before.userKey, changes.date ?? before.date, id), maxDayMinutes);
    if (plan.status === "day-full") return plan;
    return { status: "updated" as const, before, after: change(before, plan.after, stamp, "edit") };
  });
  const remove = db.transaction((id: number, stamp: ChangeStamp, action: "delete" | "undo"): HourEntry => {
    const before = mustRead(id);
    change(before, deletedEntry(before, stamp), stamp, action);
    return before;
  });
  const confirm = db.transaction((id: number, stamp: ChangeStamp): HourEntry => {
    const before = mustRead(id);
    return change(before, confirmedEntry(before, stamp), stamp, "confirm");
  });

  const range = (r: DateRange = {}) => [r.from ?? EARLIEST, r.to ?? LATEST] as const;
  const groupCommit = createGroupCommit(db, (item: PendingAdd) => add(item.entry, item.stamp, item.deliveryKey, item.maxDayMinutes));
  const entries = (rows: unknown[]) => (rows as HourEntryRow[]).map(hourEntryFromRow);

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
      if (r?.from === undefined && r?.to === undefined) return allTimeTotals(userKey);
      return kindTotalsFrom((q.totals.all(userKey, ...range(r)) as { kind: HourKind; confirmation: string | null; minutes: number }[]).map(groupShare));
    },
    async trainingNotes(userKey) {
      return q.trainingNotes.all(userKey) as string[];
    },
    async firstDate(userKey, kind) {
      return (q.firstDate.get(userKey, kind) as string | null) ?? undefined;
    },
    async list(userKey, r) {
      return entries(q.list.all(userKey, ...range(r)));
    },
    async pendingFor(supervisorKey) {
      return entries(q.pendingFor.all(supervisorKey));
    },
    async partners() {
      return q.partners.all() as string[];
    },
    async superviseesOf(supervisorKey) {
      return q.supervisees.all(supervisorKey) as string[];
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
