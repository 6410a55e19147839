import type { CalendarDate } from "./calendar-date.js";
import type { HourKind, SupervisionFormat } from "./hour-kind.js";

/** Supervision waits for the named supervisor; other kinds need no confirmation. */
export type Confirmation = "pending" | "confirmed";

/** What a partner logs. */
export interface NewHourEntry {
  userKey: string;
  kind: HourKind;
  /** Whole minutes, 1..1440. */
  minutes: number;
  date: CalendarDate;
  note?: string;
  supervisorKey?: string;
  supervisionFormat?: SupervisionFormat;
}

/** A stored entry. Deleted entries stay (with deletedAt) so the audit trail always has its subject. */
export interface HourEntry extends NewHourEntry {
  id: number;
  confirmation?: Confirmation;
  confirmedBy?: string;
  confirmedAt?: string;
  /** ISO instant the entry was first stored. */
  loggedAt: string;
  deletedAt?: string;
}

/** The fields `/hours edit` may change. */
export type HourEntryChanges = Partial<Pick<NewHourEntry, "kind" | "minutes" | "date" | "note" | "supervisorKey" | "supervisionFormat">>;
