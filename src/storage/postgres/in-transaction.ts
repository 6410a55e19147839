import type pg from "pg";

export type Isolation = "READ COMMITTED" | "REPEATABLE READ" | "SERIALIZABLE";

/** SQLSTATEs after which the whole transaction may simply run again: serialization failure, deadlock. */
const RETRYABLE = new Set(["40001", "40P01"]);
const ATTEMPTS = 5;

/**
 * Runs `work` in one transaction on one pooled connection and commits; any error rolls it all back. A transaction
 * the server aborted to keep isolation (or to break a deadlock) is run again, a few times, from the start.
 * `opening`, statements without parameters (such as taking a lock), goes with the BEGIN in the same round trip.
 */
export async function inTransaction<T>(pool: pg.Pool, isolation: Isolation, work: (client: pg.PoolClient) => Promise<T>, opening?: string): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const client = await pool.connect();
    try {
      // Without parameters node-postgres uses the simple protocol, which takes several statements at once.
      await client.query(`BEGIN ISOLATION LEVEL ${isolation}${opening ? `; ${opening}` : ""}`);
      const result = await work(client);
      await client.query("COMMIT");
      return result;
    } catch (error) {
      await client.query("ROLLBACK").catch(() => undefined);
      if (attempt >= ATTEMPTS || !RETRYABLE.has((error as { code?: string })?.code ?? "")) throw error;
    } finally {
      client.release();
    }
  }
}
