/** What became of one occurrence. `claimed` with no outcome means a process stopped while posting it. */
export type LedgerStatus = "claimed" | "posted" | "failed" | "skipped";

export interface LedgerEntry {
  reminderKey: string;
  scheduledAt: Date;
  status: LedgerStatus;
  late: boolean;
  attempts: number;
  errorCode?: string;
  /** Who holds (or held) the claim: the scheduler replica's id; absent for claims made outside the scheduler. */
  claimedBy?: string;
}

/**
 * The record of every occurrence decided, one row per (reminder key, scheduled instant). Claiming before
 * posting is what keeps a restart, an overlapping tick or a second process from posting twice.
 */
export interface ReminderLedger {
  /** True for exactly one caller per occurrence, ever; `by` names the scheduler replica that will post it. */
  claim(reminderKey: string, scheduledAt: Date, claimedAt: Date, late: boolean, by?: string): Promise<boolean>;
  finish(reminderKey: string, scheduledAt: Date, outcome: { status: "posted" | "failed"; attempts: number; errorCode?: string; at: Date }): Promise<void>;
  /** Records an occurrence too old to post; false when it was already decided. */
  recordSkipped(reminderKey: string, scheduledAt: Date, at: Date): Promise<boolean>;
  /** Ids (see occurrenceId) of occurrences scheduled at or after `from` that are already decided. */
  decidedSince(from: Date): Promise<Set<string>>;
  /** Everything up to this instant has been decided; undefined before the first pass ever. */
  checkpoint(): Promise<Date | undefined>;
  advanceCheckpoint(to: Date): Promise<void>;
  entries(reminderKey?: string): Promise<LedgerEntry[]>;
  /**
   * Scheduler claims that never got an outcome, taken before `claimedBefore` by another replica than `by` (which
   * stopped mid-post): each becomes `by`'s, claimed afresh `at` (so no one else takes it over in turn), in one statement, and is returned for `by` to post or report. Claims
   * without a `by` (announcements, which their own replica retries) are never taken over.
   */
  takeOverUnfinished(by: string, claimedBefore: Date, at: Date): Promise<LedgerEntry[]>;
}

export const occurrenceId = (reminderKey: string, scheduledAt: Date): string => `${reminderKey}@${scheduledAt.toISOString()}`;
