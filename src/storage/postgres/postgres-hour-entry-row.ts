import type { HourEntry } from "../../core/hours/hour-entry.js";
import { hourEntryFromRow, rowFromEntry, type HourEntryRow } from "../hour-entry-row.js";

/** hour_entries as node-postgres returns it: instants as Dates (DATE stays text, see postgres-types). */
export type PostgresHourEntryRow = Omit<HourEntryRow, "confirmed_at" | "logged_at" | "deleted_at"> & {
  confirmed_at: Date | null;
  logged_at: Date;
  deleted_at: Date | null;
};

export const entryFromPostgres = (row: PostgresHourEntryRow): HourEntry =>
  hourEntryFromRow({ ...row, confirmed_at: row.confirmed_at?.toISOString() ?? null, logged_at: row.logged_at.toISOString(), deleted_at: row.deleted_at?.toISOString() ?? null });

/** The entry's columns in the order ENTRY_COLUMNS names them, ISO instants as timestamptz text. */
export function entryValues(entry: Omit<HourEntry, "id">): unknown[] {
  const row = rowFromEntry(entry);
  return [row.user_key, row.kind, row.minutes, row.entry_date, row.note, row.supervisor_key, row.supervision_format, row.confirmation, row.confirmed_by, row.confirmed_at, row.logged_at, row.deleted_at];
}

export const ENTRY_COLUMNS = "user_key, kind, minutes, entry_date, note, supervisor_key, supervision_format, confirmation, confirmed_by, confirmed_at, logged_at, deleted_at";
