import type { CalendarDate } from "./calendar-date.js";
import type { HourEntry, HourEntryChanges, NewHourEntry } from "./hour-entry.js";
import type { HourKind } from "./hour-kind.js";
import type { HoursChange } from "./hours-change.js";
import type { KindTotals } from "./kind-totals.js";

/** An inclusive date range; either end may be open. */
export interface DateRange {
  from?: CalendarDate;
  to?: CalendarDate;
}

/** Who made a change and when; every write carries one and leaves a row in the audit trail in the same transaction. */
export interface ChangeStamp {
  by: string;
  at: Date;
}

/** `allTime`: the partner's all-time totals just after the write, read in its transaction (what the reply shows). */
export type AddResult =
  | { status: "stored"; entry: HourEntry; allTime: KindTotals }
  /** The platform delivered the same command again: nothing new was stored. */
  | { status: "duplicate"; entry: HourEntry; allTime: KindTotals }
  /** The day would hold more than 24 hours: nothing was stored. */
  | { status: "day-full"; dayMinutes: number };

export type UpdateResult = { status: "updated"; before: HourEntry; after: HourEntry } | { status: "day-full"; dayMinutes: number };

/** Durable hour entries. A resolved write is on disk. Deleted entries are kept and skipped by every read but `get`. */
export interface HoursRepository {
  /** Stores once per `deliveryKey`, and only if the day stays within `maxDayMinutes`. */
  add(entry: NewHourEntry, stamp: ChangeStamp, options: { deliveryKey?: string; maxDayMinutes: number }): Promise<AddResult>;
  get(id: number): Promise<HourEntry | undefined>;
  update(id: number, changes: HourEntryChanges, stamp: ChangeStamp, options: { maxDayMinutes: number }): Promise<UpdateResult>;
  remove(id: number, stamp: ChangeStamp, action: "delete" | "undo"): Promise<HourEntry>;
  confirm(id: number, stamp: ChangeStamp): Promise<HourEntry>;
  /** The partner's most recently logged entry that is not deleted. */
  latest(userKey: string): Promise<HourEntry | undefined>;
  totals(userKey: string, range?: DateRange): Promise<KindTotals>;
  /** Notes of every training entry, which name the courses taken. */
  trainingNotes(userKey: string): Promise<string[]>;
  firstDate(userKey: string, kind: HourKind): Promise<CalendarDate | undefined>;
  list(userKey: string, range?: DateRange): Promise<HourEntry[]>;
  pendingFor(supervisorKey: string): Promise<HourEntry[]>;
  /** Everyone who has logged hours. */
  partners(): Promise<string[]>;
  /** Partners who have named this person as supervisor on an entry. */
  superviseesOf(supervisorKey: string): Promise<string[]>;
  history(entryId: number): Promise<HoursChange[]>;
}
