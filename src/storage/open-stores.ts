import type { Config } from "../config/config.js";
import type { Logger } from "../core/logger.js";
import { openSqliteStores } from "./open-sqlite-stores.js";
import type { Stores } from "./stores.js";

export type StoreSettings = Pick<Config, "DATABASE_URL" | "DATABASE_PATH" | "SQLITE_SYNCHRONOUS" | "DATABASE_POOL_SIZE">;

/** PostgreSQL when DATABASE_URL is set (several replicas can share it), else the embedded SQLite file at DATABASE_PATH. */
export async function openStores(settings: StoreSettings, logger: Logger): Promise<Stores> {
  if (settings.DATABASE_URL) {
    // node-postgres (and the fetch internals it touches) is loaded only when PostgreSQL is used: ~100 ms of every
    // SQLite start-up, measured with --cpu-prof.
    const { openPostgresStores } = await import("./postgres/open-postgres-stores.js");
    return openPostgresStores(settings.DATABASE_URL, { poolSize: settings.DATABASE_POOL_SIZE, logger });
  }
  return openSqliteStores(settings.DATABASE_PATH, { synchronous: settings.SQLITE_SYNCHRONOUS });
}
