import type { HourEntry } from "../core/hours/hour-entry.js";
import type { HourKind, SupervisionFormat } from "../core/hours/hour-kind.js";

/** hour_entries as SQLite returns it. */
export interface HourEntryRow {
  id: number;
  user_key: string;
  kind: string;
  minutes: number;
  entry_date: string;
  note: string | null;
  supervisor_key: string | null;
  supervision_format: string | null;
  confirmation: string | null;
  confirmed_by: string | null;
  confirmed_at: string | null;
  logged_at: string;
  deleted_at: string | null;
}

/** A row as the core's entry: NULL columns become absent fields. */
export function hourEntryFromRow(row: HourEntryRow): HourEntry {
  return {
    id: row.id,
    userKey: row.user_key,
    kind: row.kind as HourKind,
    minutes: row.minutes,
    date: row.entry_date,
    loggedAt: row.logged_at,
    ...(row.note !== null ? { note: row.note } : {}),
    ...(row.supervisor_key !== null ? { supervisorKey: row.supervisor_key } : {}),
    ...(row.supervision_format !== null ? { supervisionFormat: row.supervision_format as SupervisionFormat } : {}),
    ...(row.confirmation !== null ? { confirmation: row.confirmation as "pending" | "confirmed" } : {}),
    ...(row.confirmed_by !== null ? { confirmedBy: row.confirmed_by } : {}),
    ...(row.confirmed_at !== null ? { confirmedAt: row.confirmed_at } : {}),
    ...(row.deleted_at !== null ? { deletedAt: row.deleted_at } : {}),
  };
}

/** The core's entry as a row, absent fields as NULL (the id is the store's to give). */
export function rowFromEntry(entry: Omit<HourEntry, "id"> & { id?: number }): HourEntryRow {
  return {
    id: entry.id ?? 0,
    user_key: entry.userKey,
    kind: entry.kind,
    minutes: entry.minutes,
    entry_date: entry.date,
    note: entry.note ?? null,
    supervisor_key: entry.supervisorKey ?? null,
    supervision_format: entry.supervisionFormat ?? null,
    confirmation: entry.confirmation ?? null,
    confirmed_by: entry.confirmedBy ?? null,
    confirmed_at: entry.confirmedAt ?? null,
    logged_at: entry.loggedAt,
    deleted_at: entry.deletedAt ?? null,
  };
}
