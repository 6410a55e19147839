import type { Migration } from "../migration.js";

export const profilesMigration: Migration = {
  version: 1,
  name: "profiles",
  sql: `
    CREATE TABLE profiles (
      user_key       TEXT PRIMARY KEY,           -- platform:id, as ADMINS names people
      display_name   TEXT,
      state          TEXT CHECK (state IN ('MT', 'CA', 'NC')),
      created_at     TEXT NOT NULL,
      updated_at     TEXT NOT NULL
    ) STRICT;
  `,
};
