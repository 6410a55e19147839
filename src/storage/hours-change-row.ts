import type { HourEntry } from "../core/hours/hour-entry.js";
import type { HoursChange, HoursChangeAction } from "../core/hours/hours-change.js";

/** hours_changes as SQLite returns it; before/after are the entry as JSON. */
export interface HoursChangeRow {
  entry_id: number;
  changed_by: string;
  changed_at: string;
  action: HoursChangeAction;
  before_json: string | null;
  after_json: string | null;
}

export function hoursChangeFromRow(row: HoursChangeRow): HoursChange {
  return {
    entryId: row.entry_id,
    changedBy: row.changed_by,
    changedAt: row.changed_at,
    action: row.action,
    ...(row.before_json ? { before: JSON.parse(row.before_json) as HourEntry } : {}),
    ...(row.after_json ? { after: JSON.parse(row.after_json) as HourEntry } : {}),
  };
}
