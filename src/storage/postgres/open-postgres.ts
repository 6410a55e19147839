import pg from "pg";
import { migratePostgres } from "./migrate-postgres.js";
import { postgresMigrations } from "./migrations/index.js";
import { porchlightTypes } from "./postgres-types.js";
import { explainConnectionFailure, PostgresStartError } from "./postgres-start-error.js";

export interface PostgresOptions {
  /** Connections this replica keeps at most; the server's max_connections is shared by every replica. */
  poolSize?: number;
  /** How long a connection attempt may take before start-up fails with a clear message. */
  connectTimeoutMs?: number;
}

/** A pool on DATABASE_URL whose schema is up to date; fails with a PostgresStartError that says what to fix. */
export async function openPostgres(url: string, options: PostgresOptions = {}): Promise<pg.Pool> {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.poolSize ?? 10,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 10_000,
    types: porchlightTypes,
    application_name: "porchlight",
  });
  // An idle connection the server drops (restart, failover) must not crash the process; the pool replaces it.
  pool.on("error", () => undefined);
  try {
    await pool.query("SELECT 1");
  } catch (error) {
    await pool.end();
    throw explainConnectionFailure(url, error);
  }
  try {
    await migratePostgres(pool, postgresMigrations);
  } catch (error) {
    await pool.end();
    if (error instanceof PostgresStartError) throw error;
    throw new PostgresStartError(`Porchlight could not bring the PostgreSQL schema up to date: ${(error as Error).message}`, { cause: error });
  }
  return pool;
}
