import type Database from "better-sqlite3";

/**
 * Group commit: writes requested in the same turn of the event loop run in one outer transaction, and every promise
 * settles after the shared COMMIT, so "resolved" still means "on disk"; what is shared is the sync and the rewrite of
 * hot index pages, which is most of a single-row commit's cost. A lone write waits one setImmediate.
 *
 * One write's failure must fail only itself. Isolating each write in a savepoint costs two statements and a copy of
 * every page it touches, for a failure that almost never happens, so a batch first runs without savepoints; if a
 * write throws, that whole transaction rolls back (nothing of it was stored) and the batch runs again with each write
 * in its own savepoint. `write` must not need a transaction of its own (it always runs inside one here).
 */
export function createGroupCommit<I, R>(db: Database.Database, write: (item: I) => R): (item: I) => Promise<R> {
  type Waiting = { item: I; resolve: (r: R) => void; reject: (e: unknown) => void };
  type Outcome = { ok: true; value: R } | { ok: false; error: unknown };
  let queue: Waiting[] = [];
  let writeFailed = false;

  const runTogether = db.transaction((batch: Waiting[]): Outcome[] =>
    batch.map((w) => {
      try {
        return { ok: true, value: write(w.item) };
      } catch (error) {
        writeFailed = true;
        throw error;
      }
    }),
  );
  // Nested in runIsolated's transaction, a better-sqlite3 transaction function runs in its own savepoint.
  const writeInSavepoint = db.transaction(write);
  const runIsolated = db.transaction((batch: Waiting[]): Outcome[] =>
    batch.map((w) => {
      try {
        return { ok: true, value: writeInSavepoint(w.item) };
      } catch (error) {
        return { ok: false, error };
      }
    }),
  );

  function flush(): void {
    const batch = queue;
    queue = [];
    let outcomes: Outcome[];
    try {
      writeFailed = false;
      try {
        outcomes = runTogether(batch);
      } catch (error) {
        if (!writeFailed) throw error;
        outcomes = runIsolated(batch);
      }
    } catch (error) {
      // The commit itself failed (disk full, I/O error): nothing in the batch was stored.
      for (const w of batch) w.reject(error);
      return;
    }
    outcomes.forEach((o, i) => (o.ok ? batch[i]!.resolve(o.value) : batch[i]!.reject(o.error)));
  }

  return (item) =>
    new Promise<R>((resolve, reject) => {
      if (queue.length === 0) setImmediate(flush);
      queue.push({ item, resolve, reject });
    });
}
