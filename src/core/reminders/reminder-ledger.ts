/** What became of one occurrence. `claimed` with no outcome means a process stopped while posting it. */
export type LedgerStatus = "claimed" | "posted" | "failed" | "skipped";

export interface LedgerEntry {
  reminderKey: string;
  scheduledAt: Date;
  status: LedgerStatus;
  late: boolean;
  attempts: number;
  errorCode?: string;
}

/**
 * The record of every occurrence decided, one row per (reminder key, scheduled instant). Claiming before
 * posting is what keeps a restart, an overlapping tick or a second process from posting twice.
 */
export interface ReminderLedger {
  /** True for exactly one caller per occurrence, ever. */
  claim(reminderKey: string, scheduledAt: Date, claimedAt: Date, late: boolean): Promise<boolean>;
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
   * Claims taken before `claimedBefore` that never got an outcome (the process stopped mid-post): marks them
   * failed with `interrupted` and returns them, so admins can check by hand. They are never posted again.
   */
  closeInterruptedClaims(claimedBefore: Date, at: Date): Promise<LedgerEntry[]>;
}

export const occurrenceId = (reminderKey: string, scheduledAt: Date): string => `${reminderKey}@${scheduledAt.toISOString()}`;
