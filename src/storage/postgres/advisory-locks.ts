/**
 * Keys of PostgreSQL advisory locks, two-part (namespace, id) so Porchlight's locks cannot collide with each other
 * or with another application's single-key locks on the same database.
 */
export const LOCK_NAMESPACE = 0x504c; // "PL"

export const LockId = {
  /** Held for the length of a migration transaction: replicas starting together migrate one at a time. */
  migrations: 1,
  /** Held for a replica's whole session while it runs the scheduler: the leader. */
  schedulerLeader: 2,
} as const;

/** A partner's hours writes take this transaction lock (hashed user key, in its own namespace) before reading the day. */
export const PARTNER_LOCK_NAMESPACE = 0x504d;
