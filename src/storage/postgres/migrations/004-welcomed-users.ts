import type { Migration } from "../../migration.js";

/** Who had the first-message welcome (SQLite's 013); anyone with a profile or hours counts as welcomed. */
export const postgresWelcomedUsersMigration: Migration = {
  version: 4,
  name: "welcomed-users",
  sql: `
    CREATE TABLE welcomed_users (
      user_key     TEXT PRIMARY KEY,
      welcomed_at  TIMESTAMPTZ NOT NULL
    );
    INSERT INTO welcomed_users (user_key, welcomed_at)
      SELECT user_key, now() FROM profiles UNION SELECT user_key, now() FROM hour_entries;
  `,
};
