import type { Config } from "../config/config.js";
import type { Logger } from "../core/logger.js";
import { openSqliteStores } from "./open-sqlite-stores.js";
import { openPostgresStores } from "./postgres/open-postgres-stores.js";
import type { Stores } from "./stores.js";

export type StoreSettings = Pick<Config, "DATABASE_URL" | "DATABASE_PATH" | "SQLITE_SYNCHRONOUS" | "DATABASE_POOL_SIZE">;

/** PostgreSQL when DATABASE_URL is set (several replicas can share it), else the embedded SQLite file at DATABASE_PATH. */
export async function openStores(settings: StoreSettings, logger: Logger): Promise<Stores> {
  if (settings.DATABASE_URL) return openPostgresStores(settings.DATABASE_URL, { poolSize: settings.DATABASE_POOL_SIZE, logger });
  return openSqliteStores(settings.DATABASE_PATH, { synchronous: settings.SQLITE_SYNCHRONOUS });
}
