import type { HourEntry, NewHourEntry } from "./hour-entry.js";
import type { ChangeStamp } from "./hours-repository.js";

/** A new entry as it is to be stored (the store gives it its id), or why it may not be. */
export type NewEntryPlan = { status: "store"; entry: Omit<HourEntry, "id"> } | { status: "day-full"; dayMinutes: number };

/**
 * The rules for a new entry, decided in the core so every store applies the same ones: the day it lands on stays within
 * `maxDayMinutes` (counting the partner's other entries that day, `dayMinutes`), and supervision waits for the supervisor.
 * The store reads `dayMinutes` and writes the result inside one transaction, so two writes cannot both take the last hour.
 */
export function planNewEntry(entry: NewHourEntry, stamp: ChangeStamp, dayMinutes: number, maxDayMinutes: number): NewEntryPlan {
  if (dayMinutes + entry.minutes > maxDayMinutes) return { status: "day-full", dayMinutes };
  return {
    status: "store",
    entry: {
      userKey: entry.userKey,
      kind: entry.kind,
      minutes: entry.minutes,
      date: entry.date,
      ...(entry.note !== undefined ? { note: entry.note } : {}),
      ...(entry.supervisorKey !== undefined ? { supervisorKey: entry.supervisorKey } : {}),
      ...(entry.supervisionFormat !== undefined ? { supervisionFormat: entry.supervisionFormat } : {}),
      ...(entry.kind === "supervision" ? { confirmation: "pending" as const } : {}),
      loggedAt: stamp.at.toISOString(),
    },
  };
}
