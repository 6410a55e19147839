import type { Migration } from "../migration.js";

/**
 * The states a profile may name are the registry's (states.json), checked by the core: 001's CHECK (state IN
 * ('MT', 'CA', 'NC')) refused a network's own state. SQLite cannot drop a CHECK, so the table is rebuilt, rows kept.
 */
export const profileStateFromRegistryMigration: Migration = {
  version: 12,
  name: "profile-state-from-registry",
  sql: `
    CREATE TABLE profiles_new (
      user_key           TEXT PRIMARY KEY,
      display_name       TEXT,
      state              TEXT,
      created_at         TEXT NOT NULL,
      updated_at         TEXT NOT NULL,
      credential_track   TEXT,
      certification_date TEXT
        CHECK (certification_date IS NULL OR certification_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
      supervisor_key     TEXT
    ) STRICT;
    INSERT INTO profiles_new (user_key, display_name, state, created_at, updated_at, credential_track, certification_date, supervisor_key)
      SELECT user_key, display_name, state, created_at, updated_at, credential_track, certification_date, supervisor_key FROM profiles;
    DROP TABLE profiles;
    ALTER TABLE profiles_new RENAME TO profiles;
    CREATE INDEX profiles_supervisor ON profiles (supervisor_key) WHERE supervisor_key IS NOT NULL;
  `,
};
