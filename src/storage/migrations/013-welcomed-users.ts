import type { Migration } from "../migration.js";

/** Who had the first-message welcome. Anyone with a profile or hours already knows the bot: counted as welcomed. */
export const welcomedUsersMigration: Migration = {
  version: 13,
  name: "welcomed-users",
  sql: `
    CREATE TABLE welcomed_users (
      user_key     TEXT PRIMARY KEY,
      welcomed_at  TEXT NOT NULL
    ) STRICT;
    INSERT INTO welcomed_users (user_key, welcomed_at)
      SELECT user_key, strftime('%Y-%m-%dT%H:%M:%fZ', 'now') FROM profiles
      UNION SELECT user_key, strftime('%Y-%m-%dT%H:%M:%fZ', 'now') FROM hour_entries;
  `,
};
