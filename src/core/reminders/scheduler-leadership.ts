/** Which replica runs the reminder scheduler: one at a time, so every post has one sender. */
export interface SchedulerLeadership {
  /** This replica's name on its ledger claims. */
  readonly id: string;
  /**
   * True when no other replica can hold leadership at the same time (a database lock), so another replica's open
   * claim means that replica is gone; false when it is only assumed (one process per SQLite file).
   */
  readonly exclusive: boolean;
  /** Whether this replica leads now, becoming the leader if no one is. Called before every pass. */
  acquire(): Promise<boolean>;
  /** Lets go (on shutdown), so another replica takes over at its next tick instead of waiting for a timeout. */
  release(): Promise<void>;
}

/** The only replica there is: SQLite serves one process, the in-memory stores one test. */
export function soleLeadership(id: string): SchedulerLeadership {
  return { id, exclusive: false, acquire: async () => true, release: async () => undefined };
}
