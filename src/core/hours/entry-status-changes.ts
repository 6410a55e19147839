import type { HourEntry } from "./hour-entry.js";
import type { ChangeStamp } from "./hours-repository.js";

/** A supervisor's confirmation: the entry records who confirmed it and when. */
export function confirmedEntry(before: HourEntry, stamp: ChangeStamp): HourEntry {
  return { ...before, confirmation: "confirmed", confirmedBy: stamp.by, confirmedAt: stamp.at.toISOString() };
}

/** Deleting keeps the entry (with deletedAt), so the audit trail always has its subject; every read but `get` skips it. */
export function deletedEntry(before: HourEntry, stamp: ChangeStamp): HourEntry {
  return { ...before, deletedAt: stamp.at.toISOString() };
}

/** Whether an entry counts anywhere: in totals, the day limit, lists. */
export const isActiveEntry = (entry: Pick<HourEntry, "deletedAt">): boolean => entry.deletedAt === undefined;
