import { createHash } from "node:crypto";
import { PARTNER_LOCK_NAMESPACE } from "./advisory-locks.js";

/**
 * The statement that takes a partner's transaction advisory lock. The key is hashed here rather than by the server's
 * hashtext() so the statement needs no parameter and can travel with the BEGIN (see inTransaction): one round trip
 * fewer on every hours write. Every replica must hash alike, which this one function guarantees.
 */
export function partnerLockStatement(userKey: string): string {
  const key = createHash("sha256").update(userKey).digest().readInt32BE(0);
  return `SELECT pg_advisory_xact_lock(${PARTNER_LOCK_NAMESPACE}, ${key})`;
}
