import pg from "pg";
import type { Logger } from "../../core/logger.js";
import type { SchedulerLeadership } from "../../core/reminders/scheduler-leadership.js";
import { LOCK_NAMESPACE, LockId } from "./advisory-locks.js";

/**
 * Leadership as a session-level PostgreSQL advisory lock on a connection of its own (a pooled one would hand the
 * session back). The server releases the lock when that session ends for any reason (a clean exit, SIGKILL, a
 * crashed host whose TCP connection the server drops), so a replica that dies cannot keep leading; the others try
 * at every tick and one of them wins. A connection that breaks loses leadership until the lock is taken again.
 */
export function createPostgresLeadership(url: string, id: string, logger: Logger): SchedulerLeadership {
  let client: pg.Client | undefined;
  let leading = false;

  const drop = () => {
    const old = client;
    client = undefined;
    if (leading) logger.warn("scheduler.leadership-lost", { replica: id });
    leading = false;
    void old?.end().catch(() => undefined);
  };

  async function connect(): Promise<pg.Client> {
    const fresh = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000, application_name: `porchlight-leader:${id}` });
    fresh.on("error", drop);
    await fresh.connect();
    client = fresh;
    return fresh;
  }

  return {
    id,
    exclusive: true,
    async acquire() {
      try {
        const session = client ?? (await connect());
        if (leading) {
          // Still our session? If the server dropped it, the lock went with it.
          await session.query("SELECT 1");
          return client === session;
        }
        const result = await session.query<{ won: boolean }>("SELECT pg_try_advisory_lock($1, $2) AS won", [LOCK_NAMESPACE, LockId.schedulerLeader]);
        leading = result.rows[0]!.won;
        if (leading) logger.info("scheduler.leader", { replica: id });
        return leading;
      } catch {
        drop();
        return false;
      }
    },
    async release() {
      const session = client;
      client = undefined;
      if (session && leading) await session.query("SELECT pg_advisory_unlock($1, $2)", [LOCK_NAMESPACE, LockId.schedulerLeader]).catch(() => undefined);
      leading = false;
      await session?.end().catch(() => undefined);
    },
  };
}
