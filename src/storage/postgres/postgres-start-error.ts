/** PostgreSQL could not be used at start-up: the message says what is wrong and what to do. */
export class PostgresStartError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "PostgresStartError";
  }
}

/** Where DATABASE_URL points, without its password (which is never printed). */
export function describeServer(url: string): string {
  const parsed = new URL(url);
  return `${parsed.hostname}:${parsed.port || "5432"}${parsed.pathname}`;
}

/** A readable reason for a connection failure, by node's error code or PostgreSQL's SQLSTATE. */
export function explainConnectionFailure(url: string, error: unknown): PostgresStartError {
  const code = (error as { code?: string })?.code;
  const where = describeServer(url);
  const reason: Record<string, string> = {
    ECONNREFUSED: `nothing is listening at ${where}: start PostgreSQL, or fix the host and port in DATABASE_URL`,
    ENOTFOUND: `the host in DATABASE_URL (${where}) does not resolve`,
    ETIMEDOUT: `${where} did not answer in time: check the host, the port and any firewall`,
    "28P01": `PostgreSQL at ${where} refused the user name or password in DATABASE_URL`,
    "28000": `PostgreSQL at ${where} does not allow this user to connect (see pg_hba.conf)`,
    "3D000": `the database in DATABASE_URL (${where}) does not exist: create it with createdb`,
  };
  const detail = (code && reason[code]) ?? `${where}: ${(error as Error)?.message ?? String(error)}`;
  return new PostgresStartError(`Porchlight cannot reach PostgreSQL: ${detail}.`, { cause: error });
}
