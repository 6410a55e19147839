import type { HourEntry, HourEntryChanges } from "./hour-entry.js";

export type EntryEditPlan = { status: "update"; after: HourEntry } | { status: "day-full"; dayMinutes: number };

/**
 * An edit's outcome. `otherDayMinutes` is what the partner's other entries hold on the entry's (new) date. Changing what
 * was supervised (kind, length, date or supervisor) needs a fresh confirmation; a note or format edit keeps it.
 */
export function planEntryEdit(before: HourEntry, changes: HourEntryChanges, otherDayMinutes: number, maxDayMinutes: number): EntryEditPlan {
  const next: HourEntry = { ...before, ...changes };
  if (otherDayMinutes + next.minutes > maxDayMinutes) return { status: "day-full", dayMinutes: otherDayMinutes };
  const reconfirm = next.kind !== before.kind || next.minutes !== before.minutes || next.date !== before.date || next.supervisorKey !== before.supervisorKey;
  const keep = next.kind === "supervision" && before.confirmation === "confirmed" && !reconfirm;
  const { confirmation: _c, confirmedBy: _b, confirmedAt: _a, ...rest } = next;
  const after = dropUndefined(rest);
  if (next.kind !== "supervision") return { status: "update", after };
  if (!keep) return { status: "update", after: { ...after, confirmation: "pending" } };
  return { status: "update", after: { ...after, confirmation: "confirmed", ...pick(before, "confirmedBy", "confirmedAt") } };
}

// An edit may clear a field (changes.supervisorKey = undefined): the entry then has no such field at all.
function dropUndefined(entry: Omit<HourEntry, "confirmation" | "confirmedBy" | "confirmedAt">): HourEntry {
  return Object.fromEntries(Object.entries(entry).filter(([, v]) => v !== undefined)) as unknown as HourEntry;
}

function pick(entry: HourEntry, ...keys: ("confirmedBy" | "confirmedAt")[]): Partial<HourEntry> {
  return Object.fromEntries(keys.filter((k) => entry[k] !== undefined).map((k) => [k, entry[k]]));
}
