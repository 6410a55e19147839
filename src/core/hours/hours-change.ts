import type { HourEntry } from "./hour-entry.js";

export type HoursChangeAction = "create" | "edit" | "delete" | "undo" | "confirm";

/** One row of the audit trail: who changed which entry when, and the entry before and after. */
export interface HoursChange {
  entryId: number;
  changedBy: string;
  changedAt: string;
  action: HoursChangeAction;
  before?: HourEntry;
  after?: HourEntry;
}
