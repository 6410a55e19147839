import type Database from "better-sqlite3";

/**
 * Group commit: writes requested in the same turn of the event loop run in one outer transaction. `write` must be a
 * better-sqlite3 transaction function: nested, it runs in its own savepoint, so one write's failure rolls back only itself.
 * Every promise settles after the shared COMMIT, so "resolved" still means "on disk"; what is shared is the sync and the
 * rewrite of hot index pages, which is most of a single-row commit's cost. A lone write waits one setImmediate.
 */
export function createGroupCommit<I, R>(db: Database.Database, write: (item: I) => R): (item: I) => Promise<R> {
  type Waiting = { item: I; resolve: (r: R) => void; reject: (e: unknown) => void };
  let queue: Waiting[] = [];
  const runBatch = db.transaction((batch: Waiting[]) =>
    batch.map((w) => {
      try {
        return { ok: true as const, value: write(w.item) };
      } catch (error) {
        return { ok: false as const, error };
      }
    }),
  );

  function flush(): void {
    const batch = queue;
    queue = [];
    let outcomes: ReturnType<typeof runBatch>;
    try {
      outcomes = runBatch(batch);
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
